import TiesCore
import TiesReports

/// Text made safe for a page: every value the workbench shows goes through here or through `HTMLWriter`.
func esc(_ text: String) -> String { HTMLWriter.escape(text) }

/// A page of the workbench: the same frame around every page, in the reader's language, with the main menu, a link
/// past it, and the page's own content. No script: every page works with forms and links alone.
struct PageFrame: Sendable {
    var book: Phrasebook
    var municipality: String
    /// The menu entry this page belongs to, for `aria-current`.
    var current: String
    /// Who is signed in and the form token, where accounts are used.
    var signedIn: String?
    var csrf: String
    /// The path this page is at, to come back to after choosing a language.
    var path: String
    var menu: [(href: String, label: String)]

    func render(title: String, body: String) -> String {
        let site = book.page(.workbench(municipality: municipality))
        var out = "<!DOCTYPE html>\n<html lang=\"\(book.language.code)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(esc(title)) – \(esc(site))</title>\n<link rel=\"stylesheet\" href=\"/static/ties.css\">\n</head>\n<body>\n"
        out += "<a class=\"skip\" href=\"#main\">\(esc(book.page(.skipToContent)))</a>\n<header>\n"
        out += "<p class=\"site\"><a href=\"/\">\(esc(site))</a></p>\n"
        out += "<nav aria-label=\"\(esc(book.page(.mainMenu)))\"><ul>\n"
        for item in menu {
            let here = item.href == current ? " aria-current=\"page\"" : ""
            out += "<li><a href=\"\(esc(item.href))\"\(here)>\(esc(item.label))</a></li>\n"
        }
        out += "</ul></nav>\n<div class=\"account\">"
        out += "<span>\(esc(book.page(.language))):</span> "
        out += Language.allCases.map { l in
            let name = Phrasebook(l).name(l).capitalizedFirst
            return l == book.language
                ? "<strong lang=\"\(l.code)\">\(esc(name))</strong>"
                : "<a lang=\"\(l.code)\" href=\"/language/\(l.code)?back=\(esc(percentEncoded(path)))\">\(esc(name))</a>"
        }.joined(separator: " ")
        if let signedIn {
            out += " · \(esc(book.page(.signedInAs(signedIn)))) "
            out += "<form class=\"inline\" method=\"post\" action=\"/logout\">\(tokenField(csrf))"
            out += "<button type=\"submit\">\(esc(book.page(.signOut)))</button></form>"
        }
        out += "</div>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>\(esc(title))</h1>\n\(body)</main>\n</body>\n</html>\n"
        return out
    }
}

/// The hidden field that carries a form's token.
func tokenField(_ csrf: String) -> String { "<input type=\"hidden\" name=\"_csrf\" value=\"\(esc(csrf))\">" }

/// A path or query value as a URL carries it: letters, digits and `-._~/` as they are, the rest as %XX.
func percentEncoded(_ text: String) -> String {
    var out = ""
    for b in text.utf8 {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.unicodeScalars.append(Unicode.Scalar(b))
        default: out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
        }
    }
    return out
}

extension String {
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}

/// A table a small screen scrolls sideways: a region with a name, reachable by keyboard.
func scrollingTable(label: String, _ table: String) -> String {
    "<div class=\"scroll\" role=\"region\" aria-label=\"\(esc(label))\" tabindex=\"0\">\n\(table)</div>\n"
}

/// The workbench's one style sheet: contrast of at least 4.5:1 throughout, a visible focus ring, and layouts that read at
/// 400 px as at 1280 px.
let styleSheet = """
    *{box-sizing:border-box}
    body{font-family:"Segoe UI",Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.5}
    a{color:#0b4f8a}a:hover{color:#062f55}
    a:focus,button:focus,input:focus,select:focus,textarea:focus,[tabindex]:focus{outline:3px solid #b35c00;outline-offset:2px}
    .hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}.skip:focus{left:.5rem}
    header{background:#f1f4f8;border-bottom:1px solid #c6ccd3;padding:.5rem 1rem}
    .site{margin:0;font-weight:600}.site a{text-decoration:none;color:#1b1b1b}
    nav ul{list-style:none;margin:.3rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
    nav a[aria-current]{font-weight:700;color:#1b1b1b}
    .account{font-size:.9rem;color:#3d3d3d}
    form.inline{display:inline}
    main{max-width:72rem;margin:0 auto;padding:1rem}
    main:focus{outline:none}
    h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
    table{border-collapse:collapse;width:100%;font-size:.95rem;margin:.5rem 0}
    th,td{border:1px solid #b4bac1;padding:.3rem .5rem;text-align:left;vertical-align:top}
    th{background:#e9edf2}
    .scroll{overflow-x:auto;max-width:100%}
    td.number,th.number{text-align:right;white-space:nowrap}
    .cards{display:flex;flex-wrap:wrap;gap:1rem}.cards section{flex:1 1 16rem;border:1px solid #c6ccd3;padding:.5rem 1rem}
    .cards h2{margin-top:.3rem}
    blockquote{margin:.4rem 0 .8rem 1rem;padding-left:.8rem;border-left:3px solid #6b6b6b;color:#2b2b2b}
    blockquote cite{display:block;font-size:.9rem;color:#3d3d3d;font-style:normal}
    .note{font-size:.9rem;color:#3d3d3d;overflow-wrap:anywhere}
    .message{border:2px solid #1d6b35;background:#eef7f0;padding:.5rem 1rem}
    .problem{border:2px solid #a4262c;background:#fdf0f0;padding:.5rem 1rem}
    .field-error{color:#a4262c;font-weight:600;display:block}
    [aria-invalid=true]{border:2px solid #a4262c}
    label{font-weight:600;display:block;margin-top:.6rem}
    fieldset{border:1px solid #b4bac1;margin:.6rem 0;padding:.3rem .8rem;min-width:0}legend{font-weight:600}
    label.choice{font-weight:400;display:inline-block;margin:.2rem 1rem .2rem 0}
    input[type=text],input[type=number],input[type=date],input[type=password],select,textarea{font:inherit;padding:.3rem;
    border:1px solid #6b6b6b;max-width:100%;width:28rem}
    input[type=number]{width:12rem}
    button{font:inherit;padding:.35rem 1rem;background:#0b4f8a;color:#fff;border:1px solid #0b4f8a;border-radius:3px;cursor:pointer}
    .filters{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}.filters label{margin-top:0}
    .filters select,.filters input{width:auto}.filters div{min-width:0;max-width:100%}
    nav.pages ul{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem;padding:0;margin:.5rem 0}
    nav.pages a{display:inline-block;min-width:2.2rem;padding:.2rem .4rem;border:1px solid #b4bac1;text-align:center}
    nav.pages a[aria-current]{background:#0b4f8a;color:#fff;border-color:#0b4f8a}
    details{margin:.3rem 0}summary{cursor:pointer;color:#0b4f8a}
    @media (max-width:600px){main{padding:.5rem}h1{font-size:1.35rem}th,td{padding:.25rem}
    table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    table.stack tr{display:block;border:1px solid #b4bac1;margin:.5rem 0}
    table.stack th,table.stack td{display:block;border:none;border-bottom:1px solid #e0e3e7}
    table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
    table.stack td.number{text-align:left}
    table.stack td:empty{display:none}}
    """
