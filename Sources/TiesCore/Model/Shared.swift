/// A value kept in one box that copies share until one of them is changed: a struct of many fields, passed about by
/// the hundred thousand, then costs one reference count a copy instead of one a field.
struct Shared<Value>: @unchecked Sendable {
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        // Read in place: a getter would hand out a copy of the whole value, or of the field asked for.
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}
