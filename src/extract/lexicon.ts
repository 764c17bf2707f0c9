/**
 * Word lists private to extraction: common capitalised words that are not
 * names, given names with their usual gender (for pronoun agreement), and the
 * name particles that may sit inside a name. Compiled by hand from frequent
 * English sentence openers and common US and international given names.
 */

/** Capitalised at a sentence start or in headlines, but not names. */
export const NOT_NAMES = new Set(`
the a an and but or nor so yet for of in on at to by from with without into onto upon about above below
over under after before during since until while when whenever where wherever why how what who whom whose
which that this these those there here it its he she his her hers him they them their theirs we us our i
whatever whoever whichever
start stop keep try use remember consider imagine learn check avoid choose
me my you your if then than though although because unless whether as also still even just only not no
yes all any both each every either neither few many more most much several some such other another one
two three four five six seven eight nine ten first second third last next new old now today yesterday
tomorrow tonight earlier later meanwhile however moreover furthermore instead indeed perhaps maybe
according asked speaking despite amid among against between within across through throughout toward
towards around along beside besides beyond near via per like unlike do does did done be is are was were
been being have has had having will would shall should can could may might must let lets get got make
made take took see saw say said says tell told ask here's there's it's that's what's who's don't can't
won't isn't aren't wasn't weren't didn't doesn't hasn't haven't hadn't shouldn't wouldn't couldn't
mr mrs ms dr sir madam please thank thanks yes oh well okay ok hi hello sure good great best better
photo image video watch read listen subscribe click share follow sign log related advertisement
updated posted published source sources report reports breaking exclusive opinion analysis editorial
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
democrats republicans democrat republican democratic gop conservatives liberals americans
`.trim().split(/\s+/))

// Contracted pronouns open sentences too ("We've spent days with it and can say that ..."),
// with a straight or a typographic apostrophe; none is a name.
for (const stem of ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'let']) {
  for (const ending of ['ve', 're', 'll', 'd', 'm', 's']) NOT_NAMES.add(`${stem}'${ending}`)
}
for (const word of [...NOT_NAMES]) if (word.includes("'")) NOT_NAMES.add(word.replace(/'/g, '\u2019'))

/**
 * Last words of capitalised phrases that name things, not people ("Privacy Policy",
 * "Go-Kart Track", "Founder's Edition", "MacBook Pro"). Words that are also common
 * surnames (Park, Day, Lake, Street, Law) are left out.
 */
export const THING_NOUNS = new Set(`
policy terms track edition summit conference festival award awards prize tour album series show
model version app platform console controller stadium arena airport avenue road island act treaty
accord agreement plan initiative program programme project index review guide book film movie game
games cup championship weekend season pro plus mini
`.trim().split(/\s+/))

export const MONTHS_AND_DAYS = new Set(`monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug.
sep. sept. oct. nov. dec.`.trim().split(/\s+/))

/** Lower-case particles that may sit inside a personal name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'abu', 'dos', 'das', 'ter', 'op'])

/** Suffixes after a name. */
export const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv'])

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
marie diana brittany natalie isabella charlotte rose alexis kayla hillary kamala nikki elise ilhan alexandria
rashida ayanna kirsten tulsi amy marianne stacey stacy condoleezza madeleine sheryl oprah melania ivanka
kellyanne sarah huckabee kristi gretchen letitia loretta sonia ruth elena kathy susan lisa maxine dianne
betsy nancy michele tammy jeanne joni marsha kyrsten debbie jacky liz tina meghan chelsea greta angela
theresa ursula christine marine giorgia jacinda julia mette sanna kaja annalena roberta federica yulia svetlana
maria valentina tatiana irina olga natalia ekaterina anastasia marina elvira lyudmila oksana nadia fatima aisha
leila zainab mariam yasmin priya indira sonia benazir sheikh hasina aung yingluck tsai park kim
`
const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan
walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
jordan bryan billy bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
russell bobby mason philip louis barack bernie mitch chuck ted marco rand mike mick kevin newt rudy
rudolph hunter beto pete cory kamala deval bill hillary al dick colin rex jim jeb ben rick lamar devin adam
jerrold elijah jared stephen steve mick rod lev igor sergei sergey sergey alexei alexey
mikhail nikolai ivan boris yuri viktor pavel andrei andrey maxim oleg petro vitali vitaly arseniy
 francois nicolas jacques jean pierre olaf angela helmut gerhard frank-walter boris tony gordon david
theresa keir rishi justin narendra rahul imran nawaz xi li hu wen shinzo fumio moon yoon recep tayyip bashar
hassan ali mohammed muhammad mohammad ahmed mahmoud benjamin naftali yair ehud ariel hosni abdel mohamed
salman khalid abdullah hamad tamim jair luiz lula nicolas hugo evo enrique andres manuel felipe mauricio
jair javier pedro carlos jorge alberto fidel raul kim jong moon ram shinzo yoshihide kamal tim tom bob
ron dan don rob ken greg jeff ed nick chris matt tony andy pat sam fred hank lou max nate rich ray dave
`

const GIVEN = new Map<string, 'male' | 'female'>()
for (const n of FEMALE.trim().split(/\s+/)) GIVEN.set(n, 'female')
for (const n of MALE.trim().split(/\s+/)) if (!GIVEN.has(n)) GIVEN.set(n, 'male')

/** The usual gender of a given name, when the list knows it. */
export function givenNameGender(name: string): 'male' | 'female' | undefined {
 return GIVEN.get(name.toLowerCase())
}

/** Place words that make a capitalised run a place rather than a person. */
export const PLACE_WORDS = new Set(`city county state states province district island islands river lake
mountain mountains valley beach park street avenue road square hill heights bay coast sea ocean gulf
north south east west northern southern eastern western central new fort port saint san santa los las
united kingdom republic territory peninsula strait canal airport station capitol`.trim().split(/\s+/))

/** US states and frequent capitals and cities, written as in news copy. */
export const PLACES = new Set(`alabama alaska arizona arkansas california colorado connecticut delaware florida
georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
vermont virginia washington wisconsin wyoming dakota carolina hampshire jersey mexico york
moscow kiev kyiv beijing tokyo paris london berlin brussels rome madrid warsaw tehran baghdad damascus
kabul islamabad delhi jerusalem gaza cairo ankara istanbul riyadh doha dubai seoul pyongyang taipei
hong kong manila jakarta sydney ottawa toronto havana caracas bogota lima brasilia geneva vienna
chicago boston atlanta miami houston dallas denver seattle phoenix detroit philadelphia baltimore
pittsburgh cleveland cincinnati nashville memphis louisville orlando tampa austin sacramento portland
oakland minneapolis milwaukee indianapolis columbus charlotte raleigh richmond newark brooklyn manhattan
queens bronx harlem hollywood angeles francisco diego vegas orleans jose annapolis albany springfield
tallahassee montgomery juneau honolulu boise topeka frankfort augusta lansing jackson helena lincoln
carson concord trenton santa fe bismarck salem harrisburg providence columbia pierre
des moines iowa dc d.c. europe asia africa america americas antarctica oceania middle east crimea donbas
donbass siberia caucasus balkans scandinavia wall silicon valley capitol hill`.trim().split(/\s+/))
