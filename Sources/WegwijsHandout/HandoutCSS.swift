/// The handout's style sheet, for browsers and for WeasyPrint's paged media: A4, page
/// numbers at the foot, page numbers in the table of contents.
enum HandoutCSS {
    // Fonts from Debian's fonts-noto-core: Noto Naskh Arabic (a book face, easier to
    // read on paper than the Sans), Noto Sans Ethiopic, Noto Sans for Latin and
    // Cyrillic; DejaVu Sans when Noto is missing. Text always starts at its own edge
    // ("start"): justified Arabic stretches words with kashida or gaps and reads badly.
    static let text = """
    @page { size: A4; margin: 18mm 17mm 20mm 17mm;
      @bottom-center { content: counter(page) " / " counter(pages); font: 9pt "Noto Sans", "DejaVu Sans", sans-serif; color: #555; } }
    html { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.45; color: #111; }
    :lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", serif; line-height: 1.6; }
    :lang(ti), :lang(am) { font-family: "Noto Sans Ethiopic", "Noto Sans", "DejaVu Sans", sans-serif; }
    body { margin: 0 auto; max-width: 46em; text-align: start; }
    p, li, h1, h2, h3, h4, figcaption { text-align: start; hyphens: manual; }
    .cover { border-bottom: 2pt solid #1d4f91; margin-bottom: 8mm; padding-bottom: 3mm; }
    .cover h1 { font-size: 24pt; margin: 0; color: #1d4f91; }
    .cover .audience { font-size: 14pt; margin: 2mm 0 0; }
    .cover .date { color: #555; margin: 1mm 0 0; }
    /* Two columns, so that a group's 20-odd topics fit on the first page. */
    nav.contents { columns: 2; column-gap: 8mm; }
    nav.contents section { break-inside: avoid; }
    nav.contents h2 { font-size: 11pt; margin: 0 0 0.5mm; padding-top: 2.5mm; color: #1d4f91; break-after: avoid; }
    nav.contents ul { list-style: none; margin: 0; padding: 0; font-size: 10pt; }
    nav.contents li { margin: 0.3mm 0; }
    nav.contents a { color: inherit; text-decoration: none; }
    nav.contents a::after { content: leader(".") target-counter(attr(href), page); }
    main { break-before: page; }
    article.topic { margin-bottom: 10mm; }
    article.topic + article.topic { border-top: 0.5pt solid #999; padding-top: 4mm; }
    .topic-head { break-inside: avoid; break-after: avoid; }
    .category { color: #1d4f91; font-size: 9pt; text-transform: uppercase; margin: 0; }
    h2 { font-size: 16pt; margin: 1mm 0 2mm; break-after: avoid; }
    h3 { font-size: 12.5pt; margin: 4mm 0 1mm; break-after: avoid; }
    h4 { font-size: 11pt; margin: 2mm 0 1mm; break-after: avoid; }
    .summary { font-weight: bold; }
    .notes { border-inline-start: 3pt solid #7a3d9b; background: #f3ecf7; padding: 1mm 3mm; margin: 2mm 0; }
    .notes p { margin: 1mm 0; color: #4b2160; }
    .second { color: #444; font-size: 10pt; border-inline-start: 1.5pt solid #bbb; padding-inline-start: 2mm; margin-top: -1mm; }
    li .second { display: block; margin-top: 0.5mm; }
    .second.title { font-size: 12pt; }
    [data-fallback] { color: #333; }
    .contacts { break-inside: avoid-page; }
    .contact { break-inside: avoid; margin: 2mm 0 3mm; padding: 2mm 3mm; border: 0.5pt solid #bbb; border-radius: 2mm;
      display: flow-root; }
    .detail { margin: 0.5mm 0; }
    .label { color: #555; }
    .phone, .url, .address { font-family: "Noto Sans", "DejaVu Sans", sans-serif; }
    .url { word-break: break-all; }
    /* The codes sit at the end edge of the contact, beside its details (right in
       left-to-right pages, left in Arabic): a contact takes a few lines, not half a page. */
    .qr-codes { float: right; margin: 0 0 1mm 3mm; }
    [dir=rtl] .qr-codes { float: left; margin: 0 3mm 1mm 0; }
    figure.qr { display: inline-block; margin: 0 0 0 2mm; text-align: center; width: 22mm; vertical-align: top; }
    figure.qr img { width: 22mm; height: 22mm; display: block; }
    figure.qr figcaption { font-size: 8pt; color: #555; text-align: center; }
    .reviewed { color: #555; font-size: 9pt; }
    .reviewed p { margin: 0.5mm 0; }
    .sources { margin: 0; padding-inline-start: 5mm; }
    a { color: #1d4f91; }
    """
}
