/// Dates as a reader writes them; the one place for it, used by the engine's texts and by every report.
public enum WrittenDate {
    /// `2018-06-20` as 20.06.2018 in Norwegian and 20 June 2018 in English; anything else as it is.
    public static func text(_ iso: String, _ language: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else { return iso }
        if language == "en" {
            let months = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            ]
            return "\(day) \(months[month - 1]) \(parts[0])"
        }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }
}
