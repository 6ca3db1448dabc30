import WegwijsText

/// `wrap` runs on every screen draw, for every visible paragraph: time the worst case we
/// ship, a long Arabic paragraph (bidi, shaping, numbers, Latin names) at 80 columns.
func benchmarkTextLayout() -> [String] {
    let layout = { TextLayout.wrap(arabicParagraph, width: 80, direction: .rightToLeft) }
    // The first call also fills the module's table of common scalars: a start-up cost.
    let first = measure(iterations: 1, warmUp: 0) { layout().count }[0]
    let times = measure(iterations: 2_000, warmUp: 200) { layout().count }
    let characters = arabicParagraph.count
    return [
        "text layout: \(characters)-char Arabic paragraph at 80 columns: "
            + "median \(milliseconds(percentile(times, 0.5))) ms, p95 \(milliseconds(percentile(times, 0.95))) ms "
            + "(target < 0.5 ms)",
        "text layout: first call, with one-time set-up: \(milliseconds(first)) ms",
    ]
}

/// Advice on work and safety in the Netherlands, as the Arabic content reads: prose
/// with phone numbers, times, a percentage, a URL and Dutch organisation names.
private let arabicParagraph = """
يحق لكل من يعمل في هولندا الحصول على الحد الأدنى للأجور، بغض النظر عن جنسيته أو نوع عقده أو \
الوكالة التي وظّفته. إذا كان صاحب العمل لا يدفع لك أجرك كاملاً، أو يطلب منك العمل أكثر من 60 ساعة \
في الأسبوع، أو يحتفظ بجواز سفرك، فيمكنك الإبلاغ عن ذلك لدى Nederlandse Arbeidsinspectie عبر \
الموقع https://www.nlarbeidsinspectie.nl أو بالاتصال على الرقم 0800-5151 (مجاني). لا تحتاج إلى \
ذكر اسمك، ويمكنك طلب مترجم إذا كنت لا تتحدث الهولندية. احتفظ دائماً بنسخة من عقد العمل وكشوف \
الرواتب، وسجّل ساعات عملك يومياً في دفتر أو على هاتفك، فهذه الأوراق تساعدك إذا نشأ خلاف لاحقاً. \
إذا كنت تسكن في مسكن يوفره صاحب العمل، فلا يجوز أن تتجاوز تكاليف السكن 25% من الحد الأدنى \
للأجور، ويجب أن يكون المسكن آمناً ونظيفاً. عند وصولك يجب أن تسجّل نفسك في البلدية (gemeente) \
لتحصل على رقم الخدمة المدنية BSN، وهو رقم تحتاجه للعمل وللتأمين الصحي وللبنك. التأمين الصحي \
إلزامي لكل من يعيش أو يعمل في هولندا، وقد يحق لك الحصول على بدل الرعاية الصحية (zorgtoeslag) \
إذا كان دخلك منخفضاً. في حالة العنف المنزلي أو سوء المعاملة، اتصل بـ Veilig Thuis على الرقم \
0800-2000، على مدار الساعة وطوال أيام الأسبوع، والمكالمة مجانية ولا تظهر في فاتورة الهاتف. وفي \
حالات الطوارئ اتصل دائماً بالرقم 112، وإذا لم يكن الأمر طارئاً فاتصل بالشرطة على الرقم 0900-8844. \
يمكنك أيضاً زيارة مكتب Het Juridisch Loket للحصول على مشورة قانونية مجانية، أو الاتصال بهم على \
الرقم +31 88 020 2000 من الاثنين إلى الجمعة بين الساعة 9:00 والساعة 17:00. إذا كنت تحتاج إلى \
مساعدة في ملء الاستمارات أو في قراءة الرسائل الرسمية، فاسأل في المكتبة العامة أو في مركز الحي عن \
ساعات الاستشارة المجانية، فهناك متطوعون يتحدثون العربية والإنجليزية ويساعدونك خطوة بخطوة. \
تذكّر أن لك الحق في إجازة مدفوعة الأجر لا تقل عن أربعة أضعاف عدد أيام عملك في الأسبوع، وأن \
صاحب العمل لا يجوز له فصلك لأنك مريض. وإذا مرضت فأبلغ صاحب العمل في اليوم نفسه قبل الساعة \
10:00، واتصل بطبيب العائلة (huisarts) أولاً، إلا في حالات الطوارئ. وإذا فقدت عملك فسجّل نفسك \
لدى UWV في أقرب وقت ممكن لتحصل على إعانة البطالة، واحتفظ بكل الرسائل التي تصلك. ولا تنسَ أن تجدد \
تصريح الإقامة قبل انتهائه بثلاثة أشهر على الأقل عبر موقع دائرة الهجرة IND.
"""
