//! Dates as parents type them, in their own language ("12 november", "12-11", "vorige week
//! dinsdag", "أمس", "wczoraj", "ትማሊ"), and dates written out for a reader of a language.
//!
//! Pure: no clock and no I/O; the day to count from (`today`) is always passed in. Numeric dates
//! are day first (12-11 is 12 November), as in every language the bot speaks. A day and month
//! without a year mean the latest such date at most 60 days after `today`: dates here
//! are about a school decision, so they lie in the past or the near future.
//!
//! Every language also reads Dutch and English words (parents code-switch) and numeric forms; a
//! language without tables of its own reads those only.

use std::cmp::Reverse;
use std::sync::OnceLock;

use time::{Date, Duration, Month, Weekday};
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// How far into the future a day and month without a year may lie (otherwise last year's).
const AHEAD_DAYS: i64 = 60;

/// Reads a date a parent typed in language `lang` ("nl", "en", "ar", "tr", "pl", "uk", "ru", "es",
/// "so", "ti"; "nl-BE" counts as "nl"; unknown languages use Dutch + English + numeric forms),
/// relative to `today`.
///
/// Reads numeric dates (12-11, 12/11/2026, 12.11., 12-11-26, 2026-11-12), a day with a month name
/// (12 november, 3rd of March, 12 listopada, ١٢ تشرين الثاني), today / yesterday / the day before
/// yesterday, "N days ago" and "N weeks ago", weekday names (the latest one, today included),
/// "last Tuesday" (the latest before today), "Tuesday last week" (in the Monday-to-Sunday week
/// before this one) and the same with "next". A written date wins over a relative one. Returns
/// `None` when the text holds no date or a date that does not exist (31-02), rather than guess.
pub fn parse(lang: &str, text: &str, today: Date) -> Option<Date> {
    let lexicons = active(lang);
    let text = Text::new(&lexicons, &normalize(text));
    if let Some(found) = text.written(today) {
        return found;
    }
    text.relative(today)
}

/// A date written out for a reader of `lang`: nl "24 december 2026", en "24 December 2026", ar
/// "24 ديسمبر 2026" with the digit runs in Unicode isolates (U+2066 … U+2069) so they show in
/// order in right-to-left text, tr "24 Aralık 2026", pl "24 grudnia 2026", uk "24 грудня 2026 р.",
/// ru "24 декабря 2026 г.", es "24 de diciembre de 2026", so "24 Desembar 2026", ti "24 ታሕሳስ
/// 2026". Other languages get the Dutch form.
pub fn long(lang: &str, date: Date) -> String {
    let code = primary(lang);
    let lexicons = lexicons();
    let lex = lexicons
        .iter()
        .find(|l| l.code == code)
        .or_else(|| lexicons.iter().find(|l| l.code == "nl"))
        .expect("a Dutch table");
    lex.long
        .replace("{d}", &date.day().to_string())
        .replace("{m}", &lex.months[usize::from(u8::from(date.month())) - 1])
        .replace("{y}", &date.year().to_string())
        .replace("{lri}", "\u{2066}")
        .replace("{pdi}", "\u{2069}")
}

/// Adds whole weeks (negative `weeks` go back); saturates at the ends of the calendar.
pub fn plus_weeks(date: Date, weeks: i64) -> Date {
    // Beyond ±1.1 million weeks every result is out of range anyway; clamping keeps the
    // multiplication inside `Duration`.
    let weeks = weeks.clamp(-1_100_000, 1_100_000);
    date.checked_add(Duration::weeks(weeks))
        .unwrap_or(if weeks < 0 { Date::MIN } else { Date::MAX })
}

/// The next `month`/`day` on or after `from` (for "renew before 1 July"); `from` itself when it
/// is that day. A day past the end of the month means its last day (29 February is 28 February
/// in a common year), and day 0 means the 1st.
pub fn next_on_or_after(from: Date, month: Month, day: u8) -> Date {
    for year in [from.year(), from.year().saturating_add(1)] {
        let day = day.clamp(1, month.length(year));
        if let Ok(date) = Date::from_calendar_date(year, month, day)
            && date >= from
        {
            return date;
        }
    }
    from
}

// ---------------------------------------------------------------------------------------------
// The words of each language, one table each, as people write them. Entries are normalised
// before use (lower case, accents and Arabic letter variants folded, apostrophes dropped), so
// "Kasım", "kasim" and "KASIM" are one entry; an entry of several words matches those words in
// a row. Each line is `key: entry, entry, …`; a line without a key goes on with the line before;
// `#` starts a comment. The keys:
//
// - `long`: how `long` writes a date, with {d}, {m} and {y}, and {lri} and {pdi} for U+2066
//   LEFT-TO-RIGHT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE around digits in right-to-left text.
// - `january` … `december`: names of the months; the first is the one `long` writes.
// - `monday` … `sunday`: names of the weekdays, with the case forms used after "on".
// - `today`, `yesterday`, `day before yesterday`, `tomorrow`, `day after tomorrow`.
// - `last`, `next`: next to a weekday, the latest such day before today / the first one after.
// - `last week`, `next week`: with a weekday near, that day in the week before / after this one.
// - `ago before`, `ago after`: around an amount of time ("hace 3 días", "3 dagen geleden");
//   `ago before with number` only when a number follows ("من 3 أيام", not "من يوم").
// - `day`, `days`, `week`, `weeks`: the units, singular (a lone one means one) and plural.
// - `two days`, `two weeks`: words that are that amount by themselves (Arabic duals).
// - `1` … `10`: number words.
// - `connectors`: words allowed between a day, a month and a year ("of", "de").
// - `suffix`: how many letters of a case ending may follow a name of four letters or more.
// - `weekday compounds`: words glued to a weekday that still mean that day ("maandagochtend").

const NL: &str = r#"
    long: {d} {m} {y}
    january: januari, jan
    february: februari, feb, febr
    march: maart, mrt, mar
    april: april, apr
    may: mei
    june: juni, jun
    july: juli, jul
    august: augustus, aug
    september: september, sep, sept
    october: oktober, okt
    november: november, nov
    december: december, dec
    monday: maandag
    tuesday: dinsdag
    wednesday: woensdag
    thursday: donderdag
    friday: vrijdag
    saturday: zaterdag
    sunday: zondag
    today: vandaag, vanochtend, vanmorgen, vanmiddag, vanavond, vannacht
    yesterday: gisteren, gister, gisterochtend, gistermorgen, gistermiddag, gisteravond, gisternacht,
        gisterenochtend, gisterenmorgen, gisterenmiddag, gisterenavond
    day before yesterday: eergisteren, eergister
    tomorrow: morgen
    day after tomorrow: overmorgen
    last: vorige, vorig, afgelopen, verleden
    next: volgende, aanstaande, komende
    last week: vorige week, verleden week
    next week: volgende week, komende week
    ago after: geleden, terug
    day: dag
    days: dagen
    week: week
    weeks: weken
    weekday compounds: ochtend, morgen, middag, avond, nacht
    1: een, één
    2: twee
    3: drie
    4: vier
    5: vijf
    6: zes
    7: zeven
    8: acht
    9: negen
    10: tien
"#;

const EN: &str = r#"
    long: {d} {m} {y}
    january: January, jan
    february: February, feb
    march: March, mar
    april: April, apr
    may: May
    june: June, jun
    july: July, jul
    august: August, aug
    september: September, sep, sept
    october: October, oct
    november: November, nov
    december: December, dec
    monday: monday
    tuesday: tuesday
    wednesday: wednesday
    thursday: thursday
    friday: friday
    saturday: saturday
    sunday: sunday
    today: today, tonight, this morning, this afternoon, this evening
    yesterday: yesterday
    day before yesterday: day before yesterday
    tomorrow: tomorrow
    day after tomorrow: day after tomorrow
    last: last, past
    next: next, coming
    last week: last week
    next week: next week
    ago after: ago
    day: day
    days: days
    week: week
    weeks: weeks
    connectors: of, the
    1: a, one
    2: two
    3: three
    4: four
    5: five
    6: six
    7: seven
    8: eight
    9: nine
    10: ten
"#;

const AR: &str = r#"
    long: {lri}{d}{pdi} {m} {lri}{y}{pdi}
    # Months: the Egyptian and Gulf name first, then the Levantine and Iraqi, the Algerian and
    # Tunisian and the Moroccan ones.
    january: يناير, كانون الثاني, كانون ثاني, جانفي
    february: فبراير, شباط, فيفري
    march: مارس, آذار
    april: أبريل, نيسان, أفريل
    may: مايو, أيار, ماي
    june: يونيو, حزيران, يونيه, جوان
    july: يوليو, تموز, يوليه, يوليوز, جويلية
    august: أغسطس, آب, غشت, أوت
    september: سبتمبر, أيلول, شتنبر
    october: أكتوبر, تشرين الأول, تشرين أول
    november: نوفمبر, تشرين الثاني, تشرين ثاني, نونبر
    december: ديسمبر, كانون الأول, كانون أول, دجنبر
    monday: الاثنين, الإثنين, الاتنين, إثنين
    tuesday: الثلاثاء, الثلاثا, ثلاثاء, التلات
    wednesday: الأربعاء, الاربعا, أربعاء
    thursday: الخميس, خميس
    friday: الجمعة, جمعة
    saturday: السبت, سبت
    sunday: الأحد
    today: اليوم, النهارده, النهاردة
    yesterday: أمس, الأمس, بالأمس, امبارح, إمبارح, مبارح, البارحة, البارح
    day before yesterday: أول أمس, أول من أمس, أول امبارح, أول البارحة, قبل أمس, قبل امبارح, قبل البارحة,
        أمس الأول, امبارح الأول
    tomorrow: غدا, غداً, بكرة, بكرا
    day after tomorrow: بعد غد, بعد بكرة, بعد بكرا
    last: الماضي, الماضية, الفائت, الفائتة, الفايت, المنصرم, اللي فات, الي فات, السابق
    next: القادم, القادمة, المقبل, المقبلة, الجاي, الجاية, اللي جاي
    last week: الأسبوع الماضي, الأسبوع الفائت, الأسبوع الفايت, الأسبوع المنصرم, الأسبوع اللي فات,
        الأسبوع السابق
    next week: الأسبوع القادم, الأسبوع المقبل, الأسبوع الجاي, الأسبوع اللي جاي
    ago before: قبل, منذ
    ago before with number: من
    day: يوم
    days: أيام
    week: أسبوع
    weeks: أسابيع
    connectors: من, شهر
    two days: يومين, يومان
    two weeks: أسبوعين, أسبوعان
    1: واحد
    2: اثنين, اثنان
    3: ثلاث, ثلاثة, تلات, تلاتة
    4: أربع, أربعة
    5: خمس, خمسة
    6: ست, ستة
    7: سبع, سبعة
    8: ثمان, ثماني, ثمانية, تمن, تمانية
    9: تسع, تسعة
    10: عشر, عشرة
"#;

const TR: &str = r#"
    long: {d} {m} {y}
    # `suffix` lets case endings follow a name: "Kasım'da", "kasımda", "salıya".
    january: Ocak, oca
    february: Şubat, şub
    march: Mart, mar
    april: Nisan, nis
    may: Mayıs, may
    june: Haziran, haz
    july: Temmuz, tem
    august: Ağustos, ağu
    september: Eylül, eyl
    october: Ekim, eki
    november: Kasım, kas
    december: Aralık, ara
    monday: pazartesi
    tuesday: salı
    wednesday: çarşamba
    thursday: perşembe
    friday: cuma
    saturday: cumartesi
    sunday: pazar
    today: bugün
    yesterday: dün
    day before yesterday: evvelsi gün, evvelki gün, önceki gün, dünden önceki gün, dünden evvel
    tomorrow: yarın
    day after tomorrow: öbür gün, yarından sonra
    last: geçen, geçtiğimiz, önceki
    next: gelecek, önümüzdeki
    last week: geçen hafta, geçtiğimiz hafta, önceki hafta
    next week: gelecek hafta, önümüzdeki hafta, haftaya
    ago after: önce, evvel
    day: gün
    week: hafta
    1: bir
    2: iki
    3: üç
    4: dört
    5: beş
    6: altı
    7: yedi
    8: sekiz
    9: dokuz
    10: on
    suffix: 3
"#;

const PL: &str = r#"
    long: {d} {m} {y}
    # Months: the genitive (after a day number) first, then the nominative.
    january: stycznia, styczeń, sty
    february: lutego, luty, lut
    march: marca, marzec, mar
    april: kwietnia, kwiecień, kwi
    may: maja, maj
    june: czerwca, czerwiec, cze
    july: lipca, lipiec, lip
    august: sierpnia, sierpień, sie
    september: września, wrzesień, wrz
    october: października, październik, paź
    november: listopada, listopad, lis
    december: grudnia, grudzień, gru
    monday: poniedziałek, poniedziałku
    tuesday: wtorek, wtorku
    wednesday: środa, środę, środy
    thursday: czwartek, czwartku
    friday: piątek, piątku
    saturday: sobota, sobotę, soboty
    sunday: niedziela, niedzielę, niedzieli
    today: dzisiaj, dziś
    yesterday: wczoraj
    day before yesterday: przedwczoraj
    tomorrow: jutro
    day after tomorrow: pojutrze
    last: zeszły, zeszła, zeszłą, zeszłe, zeszłego, ubiegły, ubiegła, ubiegłą, ubiegłe, ubiegłego, ostatni,
        ostatnia, ostatnią, ostatnie, poprzedni, poprzednia, poprzednią
    next: przyszły, przyszła, przyszłą, przyszłe, następny, następna, następną, następne, najbliższy,
        najbliższa, najbliższą
    last week: zeszłym tygodniu, zeszłego tygodnia, ubiegłym tygodniu, ubiegłego tygodnia,
        poprzednim tygodniu, zeszły tydzień
    next week: przyszłym tygodniu, przyszłego tygodnia, następnym tygodniu, przyszły tydzień
    ago after: temu
    day: dzień
    days: dni, dnia
    week: tydzień
    weeks: tygodnie, tygodni, tygodnia, tyg
    1: jeden, jedna, jedną
    2: dwa, dwie
    3: trzy
    4: cztery
    5: pięć
    6: sześć
    7: siedem
    8: osiem
    9: dziewięć
    10: dziesięć
"#;

const RU: &str = r#"
    long: {d} {m} {y} г.
    # Months: the genitive (after a day number) first, then the nominative.
    january: января, январь, янв
    february: февраля, февраль, фев, февр
    march: марта, март, мар
    april: апреля, апрель, апр
    may: мая, май
    june: июня, июнь, июн
    july: июля, июль, июл
    august: августа, август, авг
    september: сентября, сентябрь, сен, сент
    october: октября, октябрь, окт
    november: ноября, ноябрь, ноя, нояб
    december: декабря, декабрь, дек
    monday: понедельник, понедельника
    tuesday: вторник, вторника
    wednesday: среда, среду, среды
    thursday: четверг, четверга
    friday: пятница, пятницу, пятницы
    saturday: суббота, субботу, субботы
    sunday: воскресенье, воскресенья, воскресение
    today: сегодня
    yesterday: вчера
    day before yesterday: позавчера
    tomorrow: завтра
    day after tomorrow: послезавтра
    last: прошлый, прошлую, прошлое, прошлая, прошлого, последний, последнюю, предыдущий, предыдущую
    next: следующий, следующую, следующее, следующая, следующего, будущий, будущую, ближайший, ближайшую
    last week: прошлой неделе, прошлая неделя, прошлую неделю, прошедшей неделе
    next week: следующей неделе, будущей неделе, следующая неделя
    ago after: назад, тому назад
    day: день
    days: дня, дней, дн
    week: неделю, неделя
    weeks: недели, недель, нед
    1: один, одна, одну
    2: два, две
    3: три
    4: четыре
    5: пять
    6: шесть
    7: семь
    8: восемь
    9: девять
    10: десять
"#;

const UK: &str = r#"
    long: {d} {m} {y} р.
    # Months: the genitive (after a day number) first, then the nominative. Not "лист" for
    # November: that is also "a letter".
    january: січня, січень, січ
    february: лютого, лютий, лют
    march: березня, березень, бер
    april: квітня, квітень, квіт
    may: травня, травень, трав
    june: червня, червень, черв
    july: липня, липень, лип
    august: серпня, серпень, серп
    september: вересня, вересень, вер
    october: жовтня, жовтень, жовт
    november: листопада, листопад, листоп
    december: грудня, грудень, груд
    monday: понеділок, понеділка
    tuesday: вівторок, вівторка
    wednesday: середа, середу, середи
    thursday: четвер, четверга
    friday: п'ятниця, п'ятницю, п'ятниці
    saturday: субота, суботу, суботи
    sunday: неділя, неділю, неділі
    today: сьогодні
    yesterday: вчора, учора
    day before yesterday: позавчора
    tomorrow: завтра
    day after tomorrow: післязавтра
    last: минулий, минулу, минуле, минула, минулого, минулої, останній, останню, попередній, попередню
    next: наступний, наступну, наступне, наступна, наступного, наступної, найближчий, найближчу
    last week: минулого тижня, минулому тижні, минулий тиждень, попереднього тижня
    next week: наступного тижня, наступному тижні, наступний тиждень
    ago after: тому, назад
    day: день
    days: дні, днів, дня
    week: тиждень
    weeks: тижні, тижнів, тижня
    1: один, одна, одну
    2: два, дві
    3: три
    4: чотири
    5: п'ять
    6: шість
    7: сім
    8: вісім
    9: дев'ять
    10: десять
"#;

const ES: &str = r#"
    long: {d} de {m} de {y}
    january: enero, ene
    february: febrero, feb
    march: marzo, mar
    april: abril, abr
    may: mayo, may
    june: junio, jun
    july: julio, jul
    august: agosto, ago
    september: septiembre, setiembre, sep, sept, set
    october: octubre, oct
    november: noviembre, nov
    december: diciembre, dic
    monday: lunes
    tuesday: martes
    wednesday: miércoles
    thursday: jueves
    friday: viernes
    saturday: sábado
    sunday: domingo
    today: hoy, esta mañana, esta tarde, esta noche
    yesterday: ayer, anoche
    day before yesterday: anteayer, antier, antes de ayer, antesdeayer
    tomorrow: mañana
    day after tomorrow: pasado mañana
    last: pasado, pasada, anterior
    next: próximo, próxima, que viene
    last week: semana pasada, semana anterior
    next week: próxima semana, semana que viene, semana próxima
    ago before: hace
    day: día
    days: días
    week: semana
    weeks: semanas
    connectors: de, del
    1: un, uno, una
    2: dos
    3: tres
    4: cuatro
    5: cinco
    6: seis
    7: siete
    8: ocho
    9: nueve
    10: diez
"#;

const SO: &str = r#"
    long: {d} {m} {y}
    # The weekdays are stems: the names take endings ("Talaado", "Talaadada", "Talaadadii";
    # "Jimco", "Jimcaha"), which `suffix` allows.
    january: Jannaayo, janaayo, janawari, jan
    february: Febraayo, febarwari, feb
    march: Maarso, mar
    april: Abriil, abril, abr
    may: Maajo, maayo, may
    june: Juun, juunyo, juuno, jun
    july: Luuliyo, luulyo, lul
    august: Agoosto, ogost, ogosto, ogast, ogs
    september: Sebtembar, sebteembar, sebtember, seb
    october: Oktoobar, oktobar, okt
    november: Nofembar, nofeembar, noofeembar, nof
    december: Desembar, diseembar, disembar, des, dis
    monday: isniin
    tuesday: talaad, salaas
    wednesday: arbac
    thursday: khamiis
    friday: jimc
    saturday: sabti
    sunday: axad
    today: maanta
    yesterday: shalay, xalay
    day before yesterday: dorraad, doraad
    tomorrow: berri
    day after tomorrow: saadambe, saa dambe
    last: hore, la soo dhaafay, tegay
    next: dambe, danbe, soo socda, soo socota
    last week: toddobaadkii hore, todobaadkii hore, toddobaadkii la soo dhaafay, todobaadkii la soo dhaafay,
        usbuucii hore, usbuucii la soo dhaafay
    next week: toddobaadka dambe, toddobaadka danbe, toddobaadka soo socda, todobaadka soo socda,
        usbuuca dambe, usbuuca soo socda
    ago after: ka hor, kahor
    day: maalin
    days: maalmood
    week: toddobaad, todobaad, usbuuc
    weeks: toddobaadyo, usbuucyo
    connectors: bisha
    1: hal, kow
    2: laba
    3: saddex
    4: afar
    5: shan
    6: lix
    7: toddoba, todobo
    8: siddeed
    9: sagaal
    10: toban
    suffix: 4
"#;

const TI: &str = r#"
    long: {d} {m} {y}
    # The Eritrean names of the Gregorian months. CLDR's short forms are left out: some are
    # everyday words (ግን is "but").
    january: ጥሪ
    february: ለካቲት
    march: መጋቢት
    april: ሚያዝያ
    may: ግንቦት, ጉንበት
    june: ሰነ
    july: ሓምለ
    august: ነሓሰ
    september: መስከረም
    october: ጥቅምቲ
    november: ሕዳር
    december: ታሕሳስ
    monday: ሰኑይ
    tuesday: ሰሉስ, ሠሉስ
    wednesday: ረቡዕ
    thursday: ሓሙስ, ኃሙስ
    friday: ዓርቢ
    saturday: ቀዳም
    sunday: ሰንበት
    today: ሎሚ
    yesterday: ትማሊ
    day before yesterday: ቅድሚ ትማሊ
    tomorrow: ጽባሕ
    last: ዝሓለፈ
    next: ዝመጽእ
    last week: ዝሓለፈ ሰሙን
    next week: ዝመጽእ ሰሙን
    ago before: ቅድሚ
    day: መዓልቲ
    days: መዓልታት
    week: ሰሙን
    weeks: ሰሙናት
    1: ሓደ
    2: ክልተ
    3: ሰለስተ
    4: ኣርባዕተ
    5: ሓሙሽተ
    6: ሽዱሽተ
    7: ሸውዓተ
    8: ሸሞንተ
    9: ትሽዓተ
    10: ዓሰርተ
"#;

/// The tables, by language code.
const TABLES: [(&str, &str); 10] = [
    ("nl", NL),
    ("en", EN),
    ("ar", AR),
    ("tr", TR),
    ("pl", PL),
    ("ru", RU),
    ("uk", UK),
    ("es", ES),
    ("so", SO),
    ("ti", TI),
];

/// Endings glued to a day number that make it an ordinal: "3rd", "12e", "1ste", "12-го",
/// "1da", "24ይ", "1º" (which folds to "1o").
const ORDINALS: [&str; 17] = [
    "st", "nd", "rd", "th", "e", "de", "ste", "er", "o", "ro", "го", "е", "ka", "da", "ta", "aad", "ይ",
];

/// Words right after a d-m that show it is no date: times ("10.05 uur"), fractions, amounts.
const NOT_AFTER: [&str; 14] = [
    "uur", "u", "h", "am", "pm", "saat", "jaar", "jaren", "year", "years", "km", "kg", "keer", "times",
];

/// Words right before a d-m that show it is no date: combined school groups ("groep 7/8").
const NOT_BEFORE: [&str; 9] = ["groep", "groepen", "klas", "klassen", "leerjaar", "group", "grade", "class", "year"];

// ---------------------------------------------------------------------------------------------
// Normalising and splitting the text.

/// Lower case, accents and combining marks gone, Arabic letter variants and tatweel folded,
/// Eastern Arabic and Persian digits made ASCII, directional marks dropped.
fn normalize(s: &str) -> String {
    s.to_lowercase()
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .filter_map(fold_char)
        .collect()
}

fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'ı' => 'i',
        'ł' => 'l',
        'ø' => 'o',
        'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        'ـ' => return None,
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' => return None,
        _ => c,
    })
}

/// The primary language subtag, lower case: "nl" for "nl-BE".
fn primary(lang: &str) -> String {
    lang.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase()
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    /// A run of digits: its value (saturated) and its length.
    Num(u32, usize),
    /// A word without its apostrophes, and what comes before its first apostrophe if it has
    /// one ("kasimda" and "kasim" for "kasım'da").
    Word(String, Option<String>),
    /// One of - / . , (dashes fold to -).
    Sep(char),
}

/// Tokens with, for each, whether it touches the one before (no space between).
fn tokenize(s: &str) -> Vec<(Tok, bool)> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut glued) = (0, false);
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_ascii_digit() {
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            out.push((Tok::Num(digits.parse().unwrap_or(u32::MAX), i - start), glued));
            glued = true;
        } else if c.is_alphabetic() {
            while i < chars.len() && (chars[i].is_alphabetic() || (chars[i] == '\'' && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())))
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let head = word.contains('\'').then(|| word.split('\'').next().unwrap_or("").to_string());
            out.push((Tok::Word(word.replace('\'', ""), head), glued));
            glued = true;
        } else {
            i += 1;
            match c {
                '-' | '/' | '.' | ',' => out.push((Tok::Sep(c), glued)),
                '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push((Tok::Sep('-'), glued)),
                _ => {
                    glued = false;
                    continue;
                }
            }
            glued = true;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The word lists, compiled.

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Month(Month),
    Day(Weekday),
    /// Today, yesterday, the day before: days from today.
    Rel(i64),
    /// Tomorrow and the day after: read only when nothing else is there ("zondag morgen").
    Soon(i64),
    Last,
    Next,
    LastWeek,
    NextWeek,
    AgoBefore {
        needs_number: bool,
    },
    AgoAfter,
    Unit {
        days: i64,
        plural: bool,
    },
    Counted(i64),
    Number(i64),
    Connector,
}

struct Entry {
    words: Vec<String>,
    kind: Kind,
}

struct Lexicon {
    code: &'static str,
    entries: Vec<Entry>,
    suffix: usize,
    /// What `long` writes: the pattern and the month names.
    long: String,
    months: Vec<String>,
}

/// An entry's words as the text's words are compared: normalised, apostrophes gone.
fn entry_words(phrase: &str) -> Vec<String> {
    normalize(phrase).split_whitespace().map(|w| w.replace('\'', "")).collect()
}

const MONTH_KEYS: [(&str, Month); 12] = [
    ("january", Month::January),
    ("february", Month::February),
    ("march", Month::March),
    ("april", Month::April),
    ("may", Month::May),
    ("june", Month::June),
    ("july", Month::July),
    ("august", Month::August),
    ("september", Month::September),
    ("october", Month::October),
    ("november", Month::November),
    ("december", Month::December),
];

const WEEKDAY_KEYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// What a table key's entries mean; `None` for the keys read otherwise.
fn key_kind(key: &str) -> Option<Kind> {
    if let Some((_, m)) = MONTH_KEYS.iter().find(|(k, _)| *k == key) {
        return Some(Kind::Month(*m));
    }
    if let Some((_, w)) = WEEKDAY_KEYS.iter().find(|(k, _)| *k == key) {
        return Some(Kind::Day(*w));
    }
    if let Ok(n) = key.parse::<i64>() {
        return Some(Kind::Number(n));
    }
    Some(match key {
        "today" => Kind::Rel(0),
        "yesterday" => Kind::Rel(-1),
        "day before yesterday" => Kind::Rel(-2),
        "tomorrow" => Kind::Soon(1),
        "day after tomorrow" => Kind::Soon(2),
        "last" => Kind::Last,
        "next" => Kind::Next,
        "last week" => Kind::LastWeek,
        "next week" => Kind::NextWeek,
        "ago before" => Kind::AgoBefore { needs_number: false },
        "ago before with number" => Kind::AgoBefore { needs_number: true },
        "ago after" => Kind::AgoAfter,
        "day" => Kind::Unit { days: 1, plural: false },
        "days" => Kind::Unit { days: 1, plural: true },
        "week" => Kind::Unit { days: 7, plural: false },
        "weeks" => Kind::Unit { days: 7, plural: true },
        "two days" => Kind::Counted(2),
        "two weeks" => Kind::Counted(14),
        "connectors" => Kind::Connector,
        _ => return None,
    })
}

/// Reads one language's table (see the keys above). A mistake in a table is a bug in this
/// file, so it panics; the tests read every table.
fn compile(code: &'static str, table: &str) -> Lexicon {
    // Lines without a key go on with the line before.
    let mut lines: Vec<(String, String)> = Vec::new();
    for line in table.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        match (line.split_once(": "), lines.last_mut()) {
            (Some((key, values)), _) => lines.push((key.to_string(), values.to_string())),
            (None, Some((_, values))) => values.push_str(&format!(" {line}")),
            (None, None) => panic!("{code} dates: {line:?} has no key"),
        }
    }
    let mut lex = Lexicon {
        code,
        entries: Vec::new(),
        suffix: 0,
        long: String::new(),
        months: vec![String::new(); 12],
    };
    let mut weekdays: Vec<(String, Weekday)> = Vec::new();
    let mut compounds: Vec<String> = Vec::new();
    for (key, values) in &lines {
        let values: Vec<&str> = values.split(',').map(str::trim).filter(|v| !v.is_empty()).collect();
        match (key.as_str(), key_kind(key)) {
            ("long", _) => lex.long = values.join(", "),
            ("suffix", _) => lex.suffix = values.first().and_then(|v| v.parse().ok()).expect("suffix is a number"),
            ("weekday compounds", _) => compounds.extend(values.iter().map(|v| v.to_string())),
            (_, Some(kind)) => {
                if let Kind::Month(m) = kind {
                    lex.months[usize::from(u8::from(m)) - 1] = values.first().expect("a month has a name").to_string();
                }
                if let Kind::Day(w) = kind {
                    weekdays.extend(values.iter().map(|v| (v.to_string(), w)));
                }
                lex.entries.extend(values.iter().map(|v| Entry {
                    words: entry_words(v),
                    kind,
                }));
            }
            (_, None) => panic!("{code} dates: unknown key {key:?}"),
        }
    }
    for (name, w) in &weekdays {
        lex.entries.extend(compounds.iter().map(|tail| Entry {
            words: entry_words(&format!("{name}{tail}")),
            kind: Kind::Day(*w),
        }));
    }
    assert!(
        lex.long.contains("{d}") && lex.months.iter().all(|m| !m.is_empty()),
        "{code} dates: `long` or a month is missing"
    );
    lex
}

fn lexicons() -> &'static [Lexicon] {
    static LEXICONS: OnceLock<Vec<Lexicon>> = OnceLock::new();
    LEXICONS.get_or_init(|| TABLES.iter().map(|(code, table)| compile(code, table)).collect())
}

/// The word lists a text in `lang` is read with: its own, Dutch and English.
fn active(lang: &str) -> Vec<&'static Lexicon> {
    let lang = primary(lang);
    let mut out: Vec<&Lexicon> = lexicons().iter().filter(|l| l.code == lang).collect();
    for code in ["nl", "en"] {
        if code != lang {
            out.extend(lexicons().iter().filter(|l| l.code == code));
        }
    }
    out
}

/// Whether a word of the text (without apostrophes, and its part before one) is `pattern`,
/// allowing `suffix` trailing letters after a pattern of four letters or more.
fn word_is(plain: &str, head: Option<&str>, pattern: &str, suffix: usize) -> bool {
    std::iter::once(plain).chain(head).any(|w| {
        w == pattern
            || (suffix > 0
                && pattern.chars().count() >= 4
                && w.starts_with(pattern)
                && w.chars().count() - pattern.chars().count() <= suffix)
    })
}

/// Edit distance, for month names with one typo ("novenber").
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

// ---------------------------------------------------------------------------------------------
// Reading.

/// A date candidate's rank: lower wins, then the earlier one in the text.
const RANK_AGO: u8 = 1;
const RANK_WEEK: u8 = 2;
const RANK_MODIFIED: u8 = 3;
const RANK_DAY_WORD: u8 = 4;
const RANK_WEEKDAY: u8 = 5;
const RANK_SOON: u8 = 6;

struct Text<'a> {
    toks: Vec<(Tok, bool)>,
    /// Per token, the entries that start there: kind and length in tokens.
    hits: Vec<Vec<(Kind, usize)>>,
    lexicons: &'a [&'static Lexicon],
}

impl<'a> Text<'a> {
    fn new(lexicons: &'a [&'static Lexicon], normalized: &str) -> Self {
        let toks = tokenize(normalized);
        let hits = (0..toks.len())
            .map(|i| {
                let mut here: Vec<(Kind, usize)> = Vec::new();
                for lex in lexicons {
                    for e in &lex.entries {
                        let n = e.words.len();
                        let fits = i + n <= toks.len()
                            && e.words.iter().enumerate().all(|(k, w)| match &toks[i + k].0 {
                                Tok::Word(t, head) => word_is(t, head.as_deref(), w, if k + 1 == n { lex.suffix } else { 0 }),
                                _ => false,
                            });
                        if fits && !here.contains(&(e.kind, n)) {
                            here.push((e.kind, n));
                        }
                    }
                }
                here
            })
            .collect();
        Text { toks, hits, lexicons }
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i).map(|t| &t.0)
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.1)
    }

    fn num(&self, i: usize) -> Option<(u32, usize)> {
        match self.tok(i) {
            Some(Tok::Num(v, len)) => Some((*v, *len)),
            _ => None,
        }
    }

    fn word(&self, i: usize) -> Option<&str> {
        match self.tok(i) {
            Some(Tok::Word(w, _)) => Some(w),
            _ => None,
        }
    }

    fn is_sep(&self, i: usize, seps: &[char]) -> bool {
        matches!(self.tok(i), Some(Tok::Sep(c)) if seps.contains(c))
    }

    /// Entries starting at `i` that `pick` maps to a value, with their lengths.
    fn find<T>(&self, i: usize, pick: impl Fn(Kind) -> Option<T>) -> Option<(T, usize)> {
        self.hits.get(i)?.iter().find_map(|(k, n)| pick(*k).map(|v| (v, *n)))
    }

    /// Whether an entry of the kind `pick` accepts ends right before token `i`.
    fn ends_before(&self, i: usize, pick: impl Fn(Kind) -> bool) -> bool {
        (0..i).any(|j| self.hits[j].iter().any(|(k, n)| j + n == i && pick(*k)))
    }

    fn has(&self, i: usize, pick: impl Fn(Kind) -> bool) -> bool {
        self.hits.get(i).is_some_and(|h| h.iter().any(|(k, _)| pick(*k)))
    }

    /// The number (digits or a number word) starting at `i`, with its length.
    fn number_at(&self, i: usize) -> Option<(i64, usize)> {
        match self.tok(i) {
            Some(Tok::Num(v, len)) if *len <= 4 => Some((i64::from(*v), 1)),
            _ => self.find(i, |k| if let Kind::Number(n) = k { Some(n) } else { None }),
        }
    }

    /// Whether a decimal number ends right before token `i` ("2,5 week": not a whole count).
    fn fraction_before(&self, i: usize) -> bool {
        i >= 3 && self.num(i - 1).is_some() && self.is_sep(i - 2, &[',', '.']) && self.num(i - 3).is_some()
    }

    /// The number ending right before token `i`.
    fn number_before(&self, i: usize) -> Option<i64> {
        let j = i.checked_sub(1)?;
        match self.tok(j) {
            Some(Tok::Num(v, len)) if *len <= 4 => Some(i64::from(*v)),
            _ => self
                .find(j, |k| if let Kind::Number(n) = k { Some(n) } else { None })
                .filter(|(_, n)| *n == 1)
                .map(|(v, _)| v),
        }
    }

    fn month_at(&self, i: usize) -> Option<(Month, usize)> {
        self.find(i, |k| if let Kind::Month(m) = k { Some(m) } else { None })
    }

    /// A month name with one typo, when it is six letters or more and only one month is that
    /// close.
    fn fuzzy_month_at(&self, i: usize) -> Option<(Month, usize)> {
        let word = self.word(i)?;
        if word.chars().count() < 6 {
            return None;
        }
        let mut found: Option<Month> = None;
        for lex in self.lexicons {
            for e in &lex.entries {
                if let (Kind::Month(m), [w]) = (e.kind, e.words.as_slice())
                    && w.chars().count() >= 6
                    && distance(word, w) <= 1
                {
                    if found.is_some_and(|f| f != m) {
                        return None;
                    }
                    found = Some(m);
                }
            }
        }
        found.map(|m| (m, 1))
    }

    fn skip_connectors(&self, mut i: usize) -> usize {
        for _ in 0..2 {
            match self.find(i, |k| (k == Kind::Connector).then_some(())) {
                Some((_, n)) => i += n,
                None => break,
            }
        }
        i
    }

    /// After a day number at `i - 1`: skips an ordinal ending ("rd", "e", "-го") and a dot.
    fn skip_ordinal(&self, mut i: usize) -> (usize, bool) {
        let is_ordinal = |j: usize| self.glued(j) && self.word(j).is_some_and(|w| ORDINALS.contains(&w));
        let mut ordinal = false;
        if is_ordinal(i) {
            (i, ordinal) = (i + 1, true);
        } else if self.is_sep(i, &['-']) && is_ordinal(i + 1) {
            (i, ordinal) = (i + 2, true);
        }
        if self.is_sep(i, &['.']) {
            i += 1;
        }
        (i, ordinal)
    }

    /// A four-digit year at `i`, after an optional comma, dot or connector ("de 2026").
    fn year_at(&self, mut i: usize) -> Option<i32> {
        if self.is_sep(i, &['.', ',']) {
            i += 1;
        }
        let i = self.skip_connectors(i);
        match self.num(i) {
            Some((y, 4)) => i32::try_from(y).ok(),
            _ => None,
        }
    }

    /// The first written date: `Some(None)` when it does not exist (31-02).
    fn written(&self, today: Date) -> Option<Option<Date>> {
        (0..self.toks.len()).find_map(|i| self.numeric_at(i, today).or_else(|| self.named_at(i, today)))
    }

    /// d-m, d-m-yy, d-m-yyyy and yyyy-m-d, with one of - / . throughout.
    fn numeric_at(&self, i: usize, today: Date) -> Option<Option<Date>> {
        const SEPS: [char; 3] = ['-', '/', '.'];
        let (a, alen) = self.num(i)?;
        if i >= 2 && self.is_sep(i - 1, &SEPS) && self.num(i - 2).is_some() {
            return None; // the middle of a longer run like 1.2.3
        }
        let Some(Tok::Sep(sep)) = self.tok(i + 1) else { return None };
        let sep = *sep;
        if !SEPS.contains(&sep) {
            return None;
        }
        let (b, blen) = self.num(i + 2)?;
        if blen > 2 {
            return None;
        }
        let longer = |j: usize| self.is_sep(j, &SEPS) && self.num(j + 1).is_some();
        if alen == 4 {
            let (c, clen) = self.num(i + 4).filter(|_| self.is_sep(i + 3, &[sep]))?;
            if clen > 2 || longer(i + 5) || !(1..=12).contains(&b) || !(1..=31).contains(&c) {
                return None;
            }
            return Some(ymd(i32::try_from(a).ok()?, b, c));
        }
        if alen > 2 || !(1..=31).contains(&a) || !(1..=12).contains(&b) {
            return None;
        }
        if self.is_sep(i + 3, &[sep])
            && let Some((c, clen)) = self.num(i + 4)
        {
            let year = match clen {
                4 => i32::try_from(c).ok()?,
                2 => 2000 + i32::try_from(c).ok()?,
                _ => return None,
            };
            if longer(i + 5) {
                return None;
            }
            return Some(ymd(year, b, a));
        }
        if longer(i + 3) {
            return None;
        }
        // Not "10.05 uur", "1-2 dagen", "10-12 november" (a range) or "groep 7/8".
        if self.word(i + 3).is_some_and(|w| NOT_AFTER.contains(&w))
            || self.has(i + 3, |k| matches!(k, Kind::Unit { .. } | Kind::Month(_)))
            || i.checked_sub(1).and_then(|j| self.word(j)).is_some_and(|w| NOT_BEFORE.contains(&w))
        {
            return None;
        }
        Some(infer(today, b, a))
    }

    /// "12 november (2026)", "3rd of March", "12 de noviembre de 2026", and month first:
    /// "November 12", "March 3rd, 2026".
    fn named_at(&self, i: usize, today: Date) -> Option<Option<Date>> {
        let day_number = |j: usize| self.num(j).filter(|(d, len)| *len <= 2 && (1..=31).contains(d)).map(|(d, _)| d);
        if let Some(day) = day_number(i) {
            let (j, _) = self.skip_ordinal(i + 1);
            let j = self.skip_connectors(j);
            let (month, len) = self.month_at(j).or_else(|| self.fuzzy_month_at(j))?;
            return Some(resolve(today, self.year_at(j + len), month, day));
        }
        let (month, len) = self.month_at(i)?;
        let mut j = i + len;
        if self.is_sep(j, &['.']) {
            j += 1;
        }
        let j = self.skip_connectors(j);
        let day = day_number(j)?;
        if self.is_sep(j + 1, &['-', '/', '.']) && self.num(j + 2).is_some() {
            return None;
        }
        let (k, ordinal) = self.skip_ordinal(j + 1);
        let year = self.year_at(k);
        // "may 3" could be a verb and a number; a short name needs an ordinal or a year.
        let long_name = self.word(i).is_some_and(|w| w.chars().count() >= 4) || len > 1;
        if !(long_name || ordinal || year.is_some()) {
            return None;
        }
        Some(resolve(today, year, month, day))
    }

    /// The best relative date: "3 dagen geleden", "vorige week dinsdag", "gisteren", "maandag".
    fn relative(&self, today: Date) -> Option<Date> {
        // Rank, then place in the text, then the longer phrase ("أمس الأول" over "أمس").
        let mut best: Option<(u8, usize, Reverse<usize>, Date)> = None;
        for i in 0..self.toks.len() {
            for &(kind, len) in &self.hits[i] {
                let mut offer = |rank: u8, pos: usize, date: Option<Date>| {
                    if let Some(date) = date
                        && best.is_none_or(|(r, p, l, _)| (rank, pos, Reverse(len)) < (r, p, l))
                    {
                        best = Some((rank, pos, Reverse(len), date));
                    }
                };
                match kind {
                    Kind::AgoBefore { needs_number } => {
                        offer(RANK_AGO, i, self.ago_from(i + len, needs_number).and_then(|d| days_from(today, -d)))
                    }
                    Kind::Unit { days, plural } if self.has(i + len, |k| k == Kind::AgoAfter) && !self.fraction_before(i) => {
                        let n = self.number_before(i).or((!plural).then_some(1));
                        offer(RANK_AGO, i, n.and_then(|n| days_from(today, -n.saturating_mul(days))));
                    }
                    Kind::Counted(days) if self.has(i + len, |k| k == Kind::AgoAfter) => offer(RANK_AGO, i, days_from(today, -days)),
                    Kind::LastWeek | Kind::NextWeek => {
                        let weeks = if kind == Kind::LastWeek { -1 } else { 1 };
                        let near = (1..=4).flat_map(|d| [i.checked_sub(d), Some(i + len - 1 + d)]).flatten();
                        let day = near
                            .filter_map(|j| self.find(j, |k| if let Kind::Day(w) = k { Some(w) } else { None }))
                            .next();
                        offer(RANK_WEEK, i, day.and_then(|(w, _)| in_week(today, weeks, w)));
                    }
                    Kind::Day(w) => {
                        let near = |pick: Kind| self.ends_before(i, |k| k == pick) || self.has(i + len, |k| k == pick);
                        if near(Kind::Last) {
                            let back = match days_back(today, w) {
                                0 => 7,
                                n => n,
                            };
                            offer(RANK_MODIFIED, i, days_from(today, -i64::from(back)));
                        } else if near(Kind::Next) {
                            offer(RANK_MODIFIED, i, days_from(today, i64::from(days_ahead(today, w))));
                        } else {
                            offer(RANK_WEEKDAY, i, days_from(today, -i64::from(days_back(today, w))));
                        }
                    }
                    Kind::Rel(n) => offer(RANK_DAY_WORD, i, days_from(today, n)),
                    Kind::Soon(n) if !self.soon_is_morning(i) => offer(RANK_SOON, i, days_from(today, n)),
                    _ => {}
                }
            }
        }
        best.map(|(_, _, _, d)| d)
    }

    /// The amount of days after an "ago" word in front ("hace 3 días", "قبل يومين").
    fn ago_from(&self, j: usize, needs_number: bool) -> Option<i64> {
        let unit = |j: usize| {
            self.find(j, |k| {
                if let Kind::Unit { days, plural } = k {
                    Some((days, plural))
                } else {
                    None
                }
            })
        };
        if let Some((n, len)) = self.number_at(j)
            && let Some(((days, _), _)) = unit(j + len)
        {
            return Some(n.saturating_mul(days));
        }
        if let Some((days, _)) = self.find(j, |k| if let Kind::Counted(d) = k { Some(d) } else { None }) {
            return Some(days);
        }
        match unit(j) {
            // "قبل يوم الثلاثاء" is "before Tuesday", not "a day ago".
            Some(((days, false), len)) if !needs_number && !self.has(j + len, |k| matches!(k, Kind::Day(_))) => Some(days),
            _ => None,
        }
    }

    /// Whether a "tomorrow" word is a morning here: "zondag morgen", "gisteren morgen",
    /// "esta mañana".
    fn soon_is_morning(&self, i: usize) -> bool {
        let after_day = self.ends_before(i, |k| matches!(k, Kind::Day(_) | Kind::Rel(_)));
        let spanish = self.word(i) == Some("manana")
            && i.checked_sub(1)
                .and_then(|j| self.word(j))
                .is_some_and(|w| ["la", "esta", "una", "cada", "media"].contains(&w));
        after_day || spanish
    }
}

/// Days back from `today` to the latest `weekday`, 0 when today is that day.
fn days_back(today: Date, weekday: Weekday) -> u8 {
    (today.weekday().number_days_from_monday() + 7 - weekday.number_days_from_monday()) % 7
}

/// Days ahead from `today` to the first `weekday` after today (1 to 7).
fn days_ahead(today: Date, weekday: Weekday) -> u8 {
    match (weekday.number_days_from_monday() + 7 - today.weekday().number_days_from_monday()) % 7 {
        0 => 7,
        n => n,
    }
}

/// `weekday` in the Monday-to-Sunday week `weeks` weeks from this one.
fn in_week(today: Date, weeks: i64, weekday: Weekday) -> Option<Date> {
    let monday = i64::from(today.weekday().number_days_from_monday());
    days_from(today, 7 * weeks - monday + i64::from(weekday.number_days_from_monday()))
}

fn days_from(today: Date, days: i64) -> Option<Date> {
    if days.abs() > 100_000 {
        return None;
    }
    today.checked_add(Duration::days(days))
}

/// A date from numbers; `None` when it does not exist.
fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

fn resolve(today: Date, year: Option<i32>, month: Month, day: u32) -> Option<Date> {
    match year {
        Some(y) => Date::from_calendar_date(y, month, u8::try_from(day).ok()?).ok(),
        None => infer(today, u8::from(month).into(), day),
    }
}

/// A day and month without a year: the latest such date at most [`AHEAD_DAYS`] after `today`
/// (29 February goes back to the latest leap year); `None` when the day never exists.
fn infer(today: Date, month: u32, day: u32) -> Option<Date> {
    let limit = days_from(today, AHEAD_DAYS)?;
    (today.year() - 8..=today.year() + 1)
        .rev()
        .filter_map(|y| ymd(y, month, day))
        .find(|d| *d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::from_calendar_date(y, Month::try_from(m).unwrap(), day).unwrap()
    }

    /// A Wednesday.
    fn today() -> Date {
        d(2026, 11, 18)
    }

    /// A Tuesday just after the turn of the year.
    fn january() -> Date {
        d(2027, 1, 5)
    }

    type Case = (&'static str, Option<(i32, u8, u8)>);

    /// Checks every case and reports all failures at once.
    fn check(lang: &str, today: Date, cases: &[Case]) {
        let failures: Vec<String> = cases
            .iter()
            .filter_map(|(text, want)| {
                let want = want.map(|(y, m, day)| d(y, m, day));
                let got = parse(lang, text, today);
                (got != want).then(|| format!("{lang} {text:?} (today {today}): got {got:?}, want {want:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn dutch() {
        check(
            "nl",
            today(),
            &[
                ("12 november", Some((2026, 11, 12))),
                ("het was op 12 november denk ik", Some((2026, 11, 12))),
                ("12 nov.", Some((2026, 11, 12))),
                ("12e November", Some((2026, 11, 12))),
                ("12 novenber", Some((2026, 11, 12))),
                ("12 november 2025", Some((2025, 11, 12))),
                ("12-11", Some((2026, 11, 12))),
                ("12/11/2026", Some((2026, 11, 12))),
                ("12.11.", Some((2026, 11, 12))),
                ("12-11-25", Some((2025, 11, 12))),
                ("12 - 11 - 2026", Some((2026, 11, 12))),
                ("2026-11-12", Some((2026, 11, 12))),
                ("dinsdag 10 november", Some((2026, 11, 10))),
                ("vandaag", Some((2026, 11, 18))),
                ("Gisteren", Some((2026, 11, 17))),
                ("gisteravond belde de school", Some((2026, 11, 17))),
                ("eergisteren", Some((2026, 11, 16))),
                ("maandag", Some((2026, 11, 16))),
                ("woensdag", Some((2026, 11, 18))),
                ("donderdag", Some((2026, 11, 12))),
                ("maandagochtend", Some((2026, 11, 16))),
                ("zondag morgen", Some((2026, 11, 15))),
                ("afgelopen woensdag", Some((2026, 11, 11))),
                ("vorige week dinsdag", Some((2026, 11, 10))),
                ("dinsdag vorige week", Some((2026, 11, 10))),
                ("volgende week maandag", Some((2026, 11, 23))),
                ("aanstaande vrijdag", Some((2026, 11, 20))),
                ("morgen", Some((2026, 11, 19))),
                ("3 dagen geleden", Some((2026, 11, 15))),
                ("een week geleden", Some((2026, 11, 11))),
                ("twee weken geleden", Some((2026, 11, 4))),
                ("20 december", Some((2026, 12, 20))),
                ("10 januari", Some((2027, 1, 10))),
                ("20 januari", Some((2026, 1, 20))),
                ("29-02", Some((2024, 2, 29))),
                ("31-02", None),
                ("31 februari", None),
                ("ik weet het niet", None),
                ("vorige week", None),
                ("een paar dagen geleden", None),
                ("mijn zoon zit in groep 7/8", None),
                ("om 10.05 uur", None),
                ("bel 06-12345678", None),
                ("schooljaar 2026-2027", None),
                ("van 10-12 november", Some((2026, 11, 12))),
                ("ordernummer 2024-15-33, gisteren besteld", Some((2026, 11, 17))),
                ("2,5 week geleden", None),
                ("1-2 dagen", None),
            ],
        );
        check(
            "nl",
            january(),
            &[
                ("20 december", Some((2026, 12, 20))),
                ("20-12", Some((2026, 12, 20))),
                ("3 januari", Some((2027, 1, 3))),
                ("gisteren", Some((2027, 1, 4))),
                ("vorige week vrijdag", Some((2027, 1, 1))),
            ],
        );
    }

    #[test]
    fn english() {
        check(
            "en",
            today(),
            &[
                ("on the 3rd of march", Some((2026, 3, 3))),
                ("3rd march", Some((2026, 3, 3))),
                ("March 3rd, 2026", Some((2026, 3, 3))),
                ("November 12", Some((2026, 11, 12))),
                ("12 Nov 2026", Some((2026, 11, 12))),
                ("may 3rd", Some((2026, 5, 3))),
                ("today", Some((2026, 11, 18))),
                ("yesterday", Some((2026, 11, 17))),
                ("the day before yesterday", Some((2026, 11, 16))),
                ("monday", Some((2026, 11, 16))),
                ("last tuesday", Some((2026, 11, 17))),
                ("last wednesday", Some((2026, 11, 11))),
                ("tuesday last week", Some((2026, 11, 10))),
                ("last week tuesday", Some((2026, 11, 10))),
                ("next monday", Some((2026, 11, 23))),
                ("3 days ago", Some((2026, 11, 15))),
                ("a week ago", Some((2026, 11, 11))),
                ("two weeks ago", Some((2026, 11, 4))),
                ("you may 3 times", None),
                ("31/04/2026", None),
                ("a few days ago", None),
                ("I don't know", None),
            ],
        );
        check(
            "en",
            january(),
            &[("December 20th", Some((2026, 12, 20))), ("the 2nd of January", Some((2027, 1, 2)))],
        );
    }

    #[test]
    fn arabic() {
        check(
            "ar",
            today(),
            &[
                ("أمس", Some((2026, 11, 17))),
                ("البارحة", Some((2026, 11, 17))),
                ("امبارح", Some((2026, 11, 17))),
                ("اليوم", Some((2026, 11, 18))),
                ("أول أمس", Some((2026, 11, 16))),
                ("أمس الأول", Some((2026, 11, 16))),
                ("١٢ تشرين الثاني", Some((2026, 11, 12))),
                ("في 12 تشرين ثاني 2026", Some((2026, 11, 12))),
                ("12 نوفمبر 2026", Some((2026, 11, 12))),
                ("12 نونبر", Some((2026, 11, 12))),
                ("١٢/١١/٢٠٢٦", Some((2026, 11, 12))),
                ("۱۲ نوفمبر", Some((2026, 11, 12))),
                ("٣ آذار", Some((2026, 3, 3))),
                ("يوم الثلاثاء الماضي", Some((2026, 11, 17))),
                ("الأسبوع الماضي يوم الثلاثاء", Some((2026, 11, 10))),
                ("الاثنين", Some((2026, 11, 16))),
                ("قبل ٣ أيام", Some((2026, 11, 15))),
                ("قبل يومين", Some((2026, 11, 16))),
                ("منذ أسبوعين", Some((2026, 11, 4))),
                ("قبل أسبوع", Some((2026, 11, 11))),
                ("من ثلاثة أيام", Some((2026, 11, 15))),
                ("٣١ شباط", None),
                ("لا أعرف", None),
                ("من يوم ما بدأت المدرسة", None),
            ],
        );
        check(
            "ar",
            january(),
            &[
                ("٢٠ كانون الأول", Some((2026, 12, 20))),
                ("5 يناير", Some((2027, 1, 5))),
                ("12 جانفي", Some((2027, 1, 12))),
                ("28 جانفي", Some((2027, 1, 28))),
            ],
        );
    }

    #[test]
    fn turkish() {
        check(
            "tr",
            today(),
            &[
                ("dün", Some((2026, 11, 17))),
                ("bugün", Some((2026, 11, 18))),
                ("evvelsi gün", Some((2026, 11, 16))),
                ("önceki gün", Some((2026, 11, 16))),
                ("12 Kasım", Some((2026, 11, 12))),
                ("12 Kasım'da", Some((2026, 11, 12))),
                ("12 kasımda okul aradı", Some((2026, 11, 12))),
                ("12 KASIM 2026", Some((2026, 11, 12))),
                ("geçen salı", Some((2026, 11, 17))),
                ("geçen hafta salı", Some((2026, 11, 10))),
                ("pazartesi", Some((2026, 11, 16))),
                ("cumartesi", Some((2026, 11, 14))),
                ("cuma günü", Some((2026, 11, 13))),
                ("3 gün önce", Some((2026, 11, 15))),
                ("iki hafta önce", Some((2026, 11, 4))),
                ("gelecek hafta pazartesi", Some((2026, 11, 23))),
                ("31 Şubat", None),
                ("bilmiyorum", None),
            ],
        );
        check("tr", january(), &[("20 Aralık", Some((2026, 12, 20)))]);
    }

    #[test]
    fn polish() {
        check(
            "pl",
            today(),
            &[
                ("wczoraj", Some((2026, 11, 17))),
                ("przedwczoraj", Some((2026, 11, 16))),
                ("dziś", Some((2026, 11, 18))),
                ("12 listopada", Some((2026, 11, 12))),
                ("12 listopad", Some((2026, 11, 12))),
                ("12. listopada 2026 r.", Some((2026, 11, 12))),
                ("12 lis", Some((2026, 11, 12))),
                ("3 października", Some((2026, 10, 3))),
                ("3 pazdziernika", Some((2026, 10, 3))),
                ("w zeszły wtorek", Some((2026, 11, 17))),
                ("w zeszłą środę", Some((2026, 11, 11))),
                ("w zeszłym tygodniu we wtorek", Some((2026, 11, 10))),
                ("w poniedziałek", Some((2026, 11, 16))),
                ("3 dni temu", Some((2026, 11, 15))),
                ("tydzień temu", Some((2026, 11, 11))),
                ("dwa tygodnie temu", Some((2026, 11, 4))),
                ("31 lutego", None),
                ("nie wiem", None),
            ],
        );
        check("pl", january(), &[("20 grudnia", Some((2026, 12, 20)))]);
    }

    #[test]
    fn russian() {
        check(
            "ru",
            today(),
            &[
                ("вчера", Some((2026, 11, 17))),
                ("позавчера", Some((2026, 11, 16))),
                ("сегодня", Some((2026, 11, 18))),
                ("12 ноября", Some((2026, 11, 12))),
                ("12 ноябрь", Some((2026, 11, 12))),
                ("12-го ноября", Some((2026, 11, 12))),
                ("12 ноября 2026 г.", Some((2026, 11, 12))),
                ("1 мая", Some((2026, 5, 1))),
                ("в прошлый вторник", Some((2026, 11, 17))),
                ("на прошлой неделе во вторник", Some((2026, 11, 10))),
                ("в понедельник", Some((2026, 11, 16))),
                ("в среду", Some((2026, 11, 18))),
                ("3 дня назад", Some((2026, 11, 15))),
                ("неделю назад", Some((2026, 11, 11))),
                ("две недели назад", Some((2026, 11, 4))),
                ("5 дней тому назад", Some((2026, 11, 13))),
                ("31 февраля", None),
                ("не знаю", None),
            ],
        );
        check("ru", january(), &[("20 декабря", Some((2026, 12, 20)))]);
    }

    #[test]
    fn ukrainian() {
        check(
            "uk",
            today(),
            &[
                ("вчора", Some((2026, 11, 17))),
                ("учора", Some((2026, 11, 17))),
                ("позавчора", Some((2026, 11, 16))),
                ("сьогодні", Some((2026, 11, 18))),
                ("12 листопада", Some((2026, 11, 12))),
                ("12 листопад", Some((2026, 11, 12))),
                ("12 листопада 2026 р.", Some((2026, 11, 12))),
                ("1 травня", Some((2026, 5, 1))),
                ("минулого вівторка", Some((2026, 11, 17))),
                ("у минулу середу", Some((2026, 11, 11))),
                ("минулого тижня у вівторок", Some((2026, 11, 10))),
                ("у п'ятницю", Some((2026, 11, 13))),
                ("у пʼятницю", Some((2026, 11, 13))),
                ("в пятницю", Some((2026, 11, 13))),
                ("3 дні тому", Some((2026, 11, 15))),
                ("тиждень тому", Some((2026, 11, 11))),
                ("два тижні тому", Some((2026, 11, 4))),
                ("отримала 1 лист", None),
                ("31 лютого", None),
                ("не знаю", None),
            ],
        );
        check("uk", january(), &[("20 грудня", Some((2026, 12, 20)))]);
    }

    #[test]
    fn spanish() {
        check(
            "es",
            today(),
            &[
                ("ayer", Some((2026, 11, 17))),
                ("anteayer", Some((2026, 11, 16))),
                ("antes de ayer", Some((2026, 11, 16))),
                ("hoy", Some((2026, 11, 18))),
                ("esta mañana", Some((2026, 11, 18))),
                ("ayer por la mañana", Some((2026, 11, 17))),
                ("mañana", Some((2026, 11, 19))),
                ("12 de noviembre", Some((2026, 11, 12))),
                ("el 12 de noviembre de 2026", Some((2026, 11, 12))),
                ("12 nov", Some((2026, 11, 12))),
                ("1º de mayo", Some((2026, 5, 1))),
                ("el martes pasado", Some((2026, 11, 17))),
                ("el martes de la semana pasada", Some((2026, 11, 10))),
                ("la semana pasada el martes", Some((2026, 11, 10))),
                ("el lunes", Some((2026, 11, 16))),
                ("el miercoles", Some((2026, 11, 18))),
                ("hace 3 días", Some((2026, 11, 15))),
                ("hace una semana", Some((2026, 11, 11))),
                ("hace dos semanas", Some((2026, 11, 4))),
                ("31 de febrero", None),
                ("no sé", None),
            ],
        );
        check("es", january(), &[("20 de diciembre", Some((2026, 12, 20)))]);
    }

    #[test]
    fn somali() {
        check(
            "so",
            today(),
            &[
                ("shalay", Some((2026, 11, 17))),
                ("dorraad", Some((2026, 11, 16))),
                ("maanta", Some((2026, 11, 18))),
                ("12 Nofembar", Some((2026, 11, 12))),
                ("12-ka Nofeembar", Some((2026, 11, 12))),
                ("Nofembar 12, 2026", Some((2026, 11, 12))),
                ("1da Luulyo", Some((2026, 7, 1))),
                ("Talaadadii hore", Some((2026, 11, 17))),
                ("toddobaadkii hore Talaadada", Some((2026, 11, 10))),
                ("Isniinta", Some((2026, 11, 16))),
                ("Arbaco", Some((2026, 11, 18))),
                ("Jimcihii", Some((2026, 11, 13))),
                ("3 maalmood ka hor", Some((2026, 11, 15))),
                ("toddobaad ka hor", Some((2026, 11, 11))),
                ("laba toddobaad ka hor", Some((2026, 11, 4))),
                ("31 Febraayo", None),
                ("ma garanayo", None),
            ],
        );
        check("so", january(), &[("20 Desembar", Some((2026, 12, 20)))]);
    }

    #[test]
    fn tigrinya() {
        check(
            "ti",
            today(),
            &[
                ("ትማሊ", Some((2026, 11, 17))),
                ("ቅድሚ ትማሊ", Some((2026, 11, 16))),
                ("ሎሚ", Some((2026, 11, 18))),
                ("12 ሕዳር", Some((2026, 11, 12))),
                ("12 ሕዳር 2026", Some((2026, 11, 12))),
                ("24 ግንቦት", Some((2026, 5, 24))),
                ("12/11/2026", Some((2026, 11, 12))),
                ("ዝሓለፈ ሰሉስ", Some((2026, 11, 17))),
                ("ዝሓለፈ ሰሙን ሰሉስ", Some((2026, 11, 10))),
                ("ሰኑይ", Some((2026, 11, 16))),
                ("ቅድሚ 3 መዓልቲ", Some((2026, 11, 15))),
                ("ቅድሚ ክልተ ሰሙን", Some((2026, 11, 4))),
                ("ቅድሚ ሰሙን", Some((2026, 11, 11))),
                ("31 ለካቲት", None),
                ("ኣይፈልጥን", None),
            ],
        );
        check("ti", january(), &[("20 ታሕሳስ", Some((2026, 12, 20)))]);
    }

    #[test]
    fn dutch_english_and_numbers_in_every_language() {
        for lang in ["ar", "tr", "pl", "uk", "ru", "es", "so", "ti", "fa", "", "nl-BE"] {
            check(
                lang,
                today(),
                &[
                    ("gisteren", Some((2026, 11, 17))),
                    ("yesterday", Some((2026, 11, 17))),
                    ("12 november", Some((2026, 11, 12))),
                    ("vorige week dinsdag", Some((2026, 11, 10))),
                    ("3 days ago", Some((2026, 11, 15))),
                    ("12-11", Some((2026, 11, 12))),
                    ("١٢/١١", Some((2026, 11, 12))),
                    ("31-02", None),
                    ("", None),
                ],
            );
        }
    }

    #[test]
    fn languages_do_not_leak() {
        // Words of another language than the parent's (other than Dutch and English) are not read.
        check("tr", today(), &[("вчера", None), ("12 listopada", None)]);
        check("fa", today(), &[("أمس", None)]);
    }

    #[test]
    fn every_table_reads() {
        let codes: Vec<&str> = lexicons().iter().map(|l| l.code).collect();
        assert_eq!(codes, ["nl", "en", "ar", "tr", "pl", "ru", "uk", "es", "so", "ti"]);
        for lex in lexicons() {
            let months = (1..=12u8).filter(|m| lex.entries.iter().any(|e| e.kind == Kind::Month(Month::try_from(*m).unwrap())));
            assert_eq!(months.count(), 12, "{}", lex.code);
            let days = WEEKDAY_KEYS
                .iter()
                .filter(|(_, w)| lex.entries.iter().any(|e| e.kind == Kind::Day(*w)));
            assert_eq!(days.count(), 7, "{}", lex.code);
            assert!(
                lex.entries
                    .iter()
                    .all(|e| !e.words.is_empty() && e.words.iter().all(|w| !w.is_empty())),
                "{}",
                lex.code
            );
        }
    }

    #[test]
    fn long_dates() {
        let xmas = d(2026, 12, 24);
        let cases = [
            ("nl", "24 december 2026"),
            ("en", "24 December 2026"),
            ("ar", "\u{2066}24\u{2069} ديسمبر \u{2066}2026\u{2069}"),
            ("tr", "24 Aralık 2026"),
            ("pl", "24 grudnia 2026"),
            ("uk", "24 грудня 2026 р."),
            ("ru", "24 декабря 2026 г."),
            ("es", "24 de diciembre de 2026"),
            ("so", "24 Desembar 2026"),
            ("ti", "24 ታሕሳስ 2026"),
            ("fa", "24 december 2026"),
            ("en-GB", "24 December 2026"),
        ];
        for (lang, want) in cases {
            assert_eq!(long(lang, xmas), want, "{lang}");
        }
        assert_eq!(long("pl", d(2027, 5, 1)), "1 maja 2027");
        assert_eq!(long("ti", d(2027, 5, 24)), "24 ግንቦት 2027");
    }

    #[test]
    fn long_dates_read_back() {
        for lang in ["nl", "en", "ar", "tr", "pl", "uk", "ru", "es", "so", "ti", "fa"] {
            for month in 1..=12 {
                let date = d(2025, month, 28);
                assert_eq!(parse(lang, &long(lang, date), today()), Some(date), "{lang} {}", long(lang, date));
            }
        }
    }

    #[test]
    fn weeks_added() {
        assert_eq!(plus_weeks(today(), 2), d(2026, 12, 2));
        assert_eq!(plus_weeks(today(), -1), d(2026, 11, 11));
        assert_eq!(plus_weeks(today(), 0), today());
        assert_eq!(plus_weeks(d(2026, 12, 28), 1), d(2027, 1, 4));
        assert_eq!(plus_weeks(today(), i64::MAX), Date::MAX);
        assert_eq!(plus_weeks(today(), i64::MIN), Date::MIN);
    }

    #[test]
    fn next_day_on_or_after() {
        assert_eq!(next_on_or_after(today(), Month::July, 1), d(2027, 7, 1));
        assert_eq!(next_on_or_after(d(2026, 6, 30), Month::July, 1), d(2026, 7, 1));
        assert_eq!(next_on_or_after(d(2026, 7, 1), Month::July, 1), d(2026, 7, 1));
        assert_eq!(next_on_or_after(d(2026, 3, 1), Month::February, 29), d(2027, 2, 28));
        assert_eq!(next_on_or_after(d(2027, 3, 1), Month::February, 29), d(2028, 2, 29));
        assert_eq!(next_on_or_after(d(2026, 1, 1), Month::April, 31), d(2026, 4, 30));
        assert_eq!(next_on_or_after(d(2026, 1, 1), Month::April, 0), d(2026, 4, 1));
        assert_eq!(next_on_or_after(d(2026, 12, 31), Month::January, 1), d(2027, 1, 1));
    }

    #[test]
    fn weekday_arithmetic() {
        // 2026-11-18 is a Wednesday.
        assert_eq!(today().weekday(), Weekday::Wednesday);
        assert_eq!(days_back(today(), Weekday::Wednesday), 0);
        assert_eq!(days_back(today(), Weekday::Thursday), 6);
        assert_eq!(days_ahead(today(), Weekday::Wednesday), 7);
        assert_eq!(days_ahead(today(), Weekday::Thursday), 1);
        assert_eq!(in_week(today(), -1, Weekday::Sunday), Some(d(2026, 11, 15)));
        assert_eq!(in_week(today(), 0, Weekday::Monday), Some(d(2026, 11, 16)));
    }
}
