/**
 * Titles and roles: the words that introduce or describe a person in news
 * ("Sen.", "spokesman", "Secretary of State", "the German leader"). Compiled by
 * hand from US and international newswire usage (AP style titles, government
 * offices, party and business roles). All entries are lower case.
 */

/** Courtesy titles and abbreviated ranks written before a name. */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  // South Asian English ("Shri Harish Bhardwaj", "Smt Sunita Meena").
  'shri', 'sri', 'shrimati', 'smt', 'smt.', 'kumari',
  'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'lt', 'lt.', 'gen', 'gen.', 'col', 'col.', 'maj', 'maj.', 'capt', 'capt.',
  'sgt', 'sgt.', 'adm', 'adm.', 'cmdr', 'cmdr.', 'atty', 'atty.', 'supt', 'supt.', 'sec', 'sec.', 'amb', 'amb.',
  'rev', 'rev.', 'fr', 'fr.', 'del', 'del.', 'pres', 'pres.', 'cpl', 'cpl.', 'pvt', 'pvt.', 'insp', 'insp.', 'det', 'det.',
  'sheikh', 'rabbi', 'imam', 'pastor', 'father', 'sister', 'brother', 'king', 'queen', 'prince', 'princess', 'pope',
  'emperor', 'crown', 'ayatollah', 'mullah', 'archbishop', 'bishop', 'cardinal', 'reverend', 'judge', 'justice',
])

/** Lower-case words for a business: before its name set off by commas ("the company, Snapwise,"), or standing for it ("the company said"). */
export const BUSINESS_NOUNS = new Set([
  'company', 'firm', 'business', 'corporation', 'startup', 'start-up', 'maker', 'automaker', 'manufacturer', 'retailer',
  'brand', 'chain', 'operator', 'developer', 'lender', 'insurer', 'carrier', 'airline', 'publisher', 'bank', 'group', 'charity',
])

/** Courtesy and academic titles: they say how a person is addressed, not what they do. */
export const COURTESY_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'shri', 'sri', 'shrimati', 'smt', 'smt.', 'kumari'])

/** Female and male honorifics, for pronoun agreement. */
export const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister', 'shrimati', 'smt', 'smt.', 'kumari'])
export const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'pope', 'emperor', 'shri', 'sri'])

/** Nouns that name a role a person holds. Multi-word roles are matched word by word. */
export const ROLE_NOUNS = new Set([
  'president', 'vice', 'senator', 'representative', 'congressman', 'congresswoman', 'congressperson',
  'governor', 'mayor', 'secretary', 'minister', 'premier', 'chancellor', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director',
  'chief', 'leader', 'speaker', 'whip', 'attorney', 'lawyer', 'prosecutor', 'judge', 'justice',
  'commissioner', 'adviser', 'advisor', 'aide', 'official', 'officer', 'general', 'admiral', 'colonel',
  'captain', 'lieutenant', 'sergeant', 'major', 'commander', 'candidate', 'nominee', 'founder', 'co-founder',
  'ceo', 'cfo', 'coo', 'cto', 'executive', 'analyst', 'professor', 'economist', 'strategist', 'pollster',
  'researcher', 'scientist', 'author', 'editor', 'reporter', 'correspondent', 'columnist', 'activist',
  'lawmaker', 'legislator', 'delegate', 'councilman', 'councilwoman', 'councilmember', 'councillor',
  'councilor', 'treasurer', 'comptroller', 'auditor', 'sheriff', 'superintendent', 'president-elect', 'coordinator', 'rapporteur', 'ombudsman', 'mediator', 'collector', 'tehsildar', 'magistrate',
  'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'coach', 'manager',
  'owner', 'partner', 'head', 'deputy', 'counsel', 'counselor', 'solicitor', 'inspector', 'surgeon',
  'campaign', 'staff', 'press', 'member', 'fellow', 'historian', 'expert', 'diplomat', 'negotiator',
  'investigator', 'agent', 'detective', 'trooper', 'marshal', 'clerk', 'registrar', 'assemblyman',
  'assemblywoman', 'assemblymember', 'alderman', 'supervisor', 'administrator', 'regent', 'trustee',
  'dean', 'provost', 'principal', 'teacher', 'student', 'doctor', 'physician', 'nurse', 'spokesmen',
  'premier', 'monarch', 'dictator', 'strongman', 'ruler', 'emir', 'sultan', 'sheikh', 'ayatollah',
  'founder', 'publisher', 'host', 'anchor', 'commentator', 'consultant', 'operative', 'organizer',
  'director-general', 'secretary-general', 'attorney-general', 'chief-of-staff', 'politician',
  'democrat', 'republican', 'independent', 'incumbent', 'challenger', 'contender', 'frontrunner',
  'front-runner', 'hopeful', 'representative-elect', 'governor-elect', 'mayor-elect', 'senator-elect',
  'justice', 'magistrate', 'defendant', 'plaintiff', 'witness', 'whistleblower', 'investor', 'banker',
  'entrepreneur', 'billionaire', 'businessman', 'businesswoman', 'actor', 'actress', 'singer', 'rapper',
  'star', 'player', 'quarterback', 'pitcher', 'athlete', 'mother', 'father', 'wife', 'husband', 'son',
  'daughter', 'brother', 'sister', 'widow', 'resident', 'veteran', 'voter', 'protester', 'survivor',
  'defender', 'striker', 'midfielder', 'goalkeeper', 'winger', 'batsman', 'batter', 'bowler', 'jockey', 'referee',
  'umpire', 'skipper', 'teammate', 'pundit', 'mp', 'mep', 'msp', 'mla', 'pensioner', 'retiree',
  'engineer', 'architect', 'accountant', 'pilot', 'farmer', 'firefighter', 'paramedic', 'chef', 'designer', 'developer',
  'programmer', 'artist', 'writer', 'novelist', 'poet', 'filmmaker', 'producer', 'journalist', 'pharmacist', 'dentist',
  'therapist', 'lobbyist', 'mechanic', 'campaigner', 'organiser', 'volunteer', 'priest', 'pastor', 'chaplain', 'soldier',
  'lecturer', 'novelist', 'broadcaster', 'presenter', 'blogger', 'influencer', 'landlord', 'tenant', 'shopkeeper',
])

/** Roles that are only role heads when a name or a "the" description goes with them. */
export const WEAK_ROLE_NOUNS = new Set([
  'member', 'head', 'press', 'campaign', 'staff', 'vice', 'general', 'major', 'mother', 'father', 'wife', 'husband',
  'son', 'daughter', 'brother', 'sister', 'resident', 'voter', 'student', 'star', 'host', 'partner', 'owner',
])

/** Words that qualify a role without naming one ("former", "acting", "top"). */
export const ROLE_MODIFIERS = new Set([
  'former', 'acting', 'deputy', 'assistant', 'associate', 'senior', 'junior', 'top', 'chief', 'vice', 'interim',
  'outgoing', 'incoming', 'retired', 'presidential', 'executive', 'managing', 'general', 'principal', 'lead',
  'longtime', 'then', 'then-', 'first', 'second', 'prime', 'foreign', 'defense', 'defence', 'state', 'federal',
  'national', 'special', 'democratic', 'republican', 'gop', 'majority', 'minority', 'house', 'senate', 'white',
  'press', 'white house', 'communications', 'security', 'intelligence', 'finance', 'treasury', 'health',
  'education', 'energy', 'interior', 'homeland', 'economic', 'trade', 'labor', 'commerce', 'transportation',
  'agriculture', 'justice', 'foreign affairs', 'attorney', 'district', 'county', 'city', 'u.s.', 'us', 'u.s',
  'american', 'kremlin', 'pentagon', 'party', 'opposition', 'ruling', 'conservative', 'liberal', 'progressive',
  'veteran', 'freshman', 'sophomore', 'two-term', 'three-term', 'longtime', 'former', 'co', 'self-described',
])

/** Generic heads that can stand for any role-holder of a country or body ("the German leader"). */
export const GENERIC_ROLE_HEADS = new Set(['leader', 'official', 'politician', 'lawmaker', 'head', 'chief', 'statesman', 'diplomat'])

const LEADERS = ['president', 'leader', 'minister', 'chancellor', 'premier', 'king', 'queen', 'emir', 'monarch', 'head', 'chief', 'chairman', 'chairwoman']
const LEGISLATORS = ['senator', 'representative', 'congressman', 'congresswoman', 'mp', 'legislator', 'lawmaker', 'assemblyman', 'assemblywoman', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman']
const OFFICIALS = ['secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'commissioner', 'adviser', 'advisor', 'aide', 'administrator', 'official', 'undersecretary', 'ambassador', 'envoy', 'governor', 'mayor', 'deputy', 'inspector', 'prosecutor', 'attorney']

/**
 * The role words a generic head stands for, when the text gives it without a
 * country: "the diplomat" for an ambassador or a foreign ministry's
 * spokeswoman, "the lawmaker" for a senator, "the official" for a spokesman.
 */
const GENERIC_FITS: Record<string, ReadonlySet<string>> = {
  leader: new Set(LEADERS),
  head: new Set(LEADERS),
  chief: new Set(LEADERS),
  statesman: new Set(LEADERS),
  politician: new Set([...LEADERS, ...LEGISLATORS, 'governor', 'mayor', 'candidate', 'politician']),
  lawmaker: new Set(LEGISLATORS),
  official: new Set([...LEADERS, ...OFFICIALS]),
  diplomat: new Set(['ambassador', 'envoy', 'consul', 'diplomat', 'attaché', 'attache', 'foreign']),
}

/** Whether a role, as its lower-cased words, is one that the generic head `head` can stand for. */
export function fitsGenericRole(head: string, roleWords: readonly string[]): boolean {
  const fits = GENERIC_FITS[head]
  return fits !== undefined && roleWords.some((w) => fits.has(w))
}

/** Role heads that imply a gender, for pronoun agreement. */
export const FEMALE_ROLES = new Set(['spokeswoman', 'congresswoman', 'chairwoman', 'councilwoman', 'assemblywoman', 'businesswoman', 'queen', 'princess', 'actress', 'mother', 'wife', 'daughter', 'sister', 'widow'])
export const MALE_ROLES = new Set(['spokesman', 'congressman', 'chairman', 'councilman', 'assemblyman', 'businessman', 'king', 'prince', 'father', 'husband', 'son', 'brother', 'alderman'])

/** The gender a noun for a person gives ("spokeswoman", "mother", "man"), or 'unknown'. */
export function nounGender(noun: string): 'male' | 'female' | 'unknown' {
  if (FEMALE_ROLES.has(noun) || noun === 'woman' || noun === 'girl') return 'female'
  if (MALE_ROLES.has(noun) || noun === 'man' || noun === 'boy') return 'male'
  return 'unknown'
}

/** Nouns for groups of unnamed speakers ("officials said", "analysts say"). */
export const GROUP_NOUNS = new Set([
  'reporters', 'journalists', 'correspondents', 'editors', 'officials', 'analysts', 'experts', 'critics', 'sources', 'aides', 'advisers', 'advisors', 'lawmakers',
  'legislators', 'senators', 'democrats', 'republicans', 'observers', 'economists', 'diplomats', 'investigators',
  'prosecutors', 'authorities', 'police', 'witnesses', 'residents', 'activists', 'protesters', 'supporters',
  'opponents', 'organizers', 'researchers', 'scientists', 'authors', 'co-authors', 'doctors', 'people', 'voters', 'leaders', 'members',
  'spokesmen', 'representatives', 'insiders', 'allies', 'strategists', 'pollsters', 'historians', 'scholars',
  'conservatives', 'liberals', 'progressives', 'moderates', 'candidates', 'governors', 'mayors', 'ministers',
  'attorneys', 'lawyers', 'judges', 'officers', 'agents', 'staffers', 'employees', 'workers', 'teachers',
  'students', 'parents', 'families', 'users', 'customers', 'investors', 'executives', 'campaigners', 'others',
  'many', 'some', 'both', 'polls', 'reports', 'studies', 'documents', 'records', 'republicans', 'forecasters',
  'commentators', 'pundits', 'skeptics', 'proponents', 'advocates', 'defenders', 'detractors', 'insurgents',
  'sides', 'parties', 'countries', 'nations', 'governments', 'companies', 'firms', 'agencies', 'groups',
  'organizations', 'organisations', 'unions', 'states', 'ministries', 'banks', 'bosses', 'chiefs', 'men', 'women',
  'commenters', 'settlers', 'teachers', 'nurses', 'physicians', 'militants', 'rebels', 'troops', 'soldiers',
  'farmers', 'owners', 'landlords', 'tenants', 'consumers', 'shoppers', 'traders', 'dealers', 'manufacturers',
  'retailers', 'airlines', 'hospitals', 'schools', 'universities', 'colleges', 'courts', 'regulators',
  'watchdogs', 'inspectors', 'monitors', 'negotiators', 'mediators', 'envoys', 'delegates', 'delegations',
  'participants', 'attendees', 'organisers', 'fans', 'viewers', 'readers', 'listeners', 'respondents', 'americans',
  'locals', 'villagers', 'citizens', 'immigrants', 'migrants', 'refugees', 'deportees', 'victims', 'families',
])

/** Nouns that head an organisation's name or a description of one ("the ministry", "Department of X"). */
export const ORG_NOUNS = new Set([
  'department', 'ministry', 'agency', 'office', 'bureau', 'council', 'committee', 'commission', 'party',
  'administration', 'government', 'parliament', 'congress', 'senate', 'house', 'assembly', 'court', 'army',
  'navy', 'force', 'forces', 'police', 'service', 'services', 'university', 'college', 'school', 'institute',
  'foundation', 'association', 'union', 'federation', 'organization', 'organisation', 'corporation', 'corp',
  'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'co', 'co.', 'company', 'group', 'bank', 'fund', 'board',
  'authority', 'center', 'centre', 'centers', 'centres', 'network', 'news', 'times', 'post', 'journal', 'tribune', 'herald',
  'press', 'media', 'agency', 'campaign', 'coalition', 'alliance', 'league', 'society', 'club', 'church',
  'caucus', 'cabinet', 'kremlin', 'pentagon', 'embassy', 'consulate', 'mission', 'secretariat', 'tribunal',
  'legislature', 'regime', 'junta', 'movement', 'front', 'brigade', 'brigades', 'guard', 'command',
  'directorate', 'watchdog', 'regulator', 'firm', 'spokesperson', 'daily', 'newspaper', 'magazine',
  'broadcaster', 'channel', 'outlet', 'website', 'laboratory', 'lab', 'hospital', 'clinic', 'team', 'studio',
  'studios', 'industries', 'systems', 'technologies', 'holdings', 'partners', 'enterprises', 'airlines',
  'motors', 'labs', 'games', 'entertainment', 'records', 'pictures', 'communications', 'capital', 'ventures',
  'trust', 'institution', 'initiative', 'project', 'program', 'programme', 'conference', 'summit', 'nations',
  'reuters', 'ap', 'afp', 'staff', 'gop', 'brotherhood', 'cartel', 'militia', 'taliban', 'airlines', 'airways',
  'academy', 'sciences', 'robotics', 'affairs', 'programs', 'programmes', 'networks', 'solutions', 'pharmaceuticals',
  'dynamics', 'analytics', 'logistics', 'laboratories', 'therapeutics', 'biosciences', 'semiconductors',
  'properties', 'investments', 'insurance', 'foods', 'brands', 'stores', 'hotels', 'resorts',
  'treasury', 'fed', 'reserve', 'vatican', 'duma', 'bundestag', 'bundesrat', 'exchequer', 'mint', 'politburo', 'presidium',
])

/** Organisation descriptions that can speak ("the ministry said", "the company said"). */
export const SPEAKING_ORG_HEADS = new Set([
  'treasury', 'fed', 'vatican', 'duma', 'bundestag', 'politburo',
  'ministry', 'department', 'agency', 'office', 'bureau', 'council', 'committee', 'commission', 'party',
  'administration', 'government', 'company', 'firm', 'group', 'campaign', 'court', 'embassy', 'kremlin',
  'pentagon', 'military', 'army', 'police', 'daily', 'newspaper', 'paper', 'agency', 'network', 'outlet',
  'magazine', 'broadcaster', 'union', 'organization', 'organisation', 'association', 'coalition', 'board',
  'authority', 'regulator', 'watchdog', 'bank', 'fund', 'university', 'school', 'foundation', 'institute',
  'center', 'centre', 'service', 'spokesperson', 'team', 'club', 'league', 'caucus', 'cabinet', 'white',
  'house', 'senate', 'congress', 'parliament', 'legislature', 'secretariat', 'mission', 'site', 'website',
  'publication', 'startup', 'corporation', 'retailer', 'automaker', 'manufacturer', 'airline', 'developer',
  'studio', 'publisher', 'network', 'channel', 'station', 'lab', 'laboratory', 'hospital', 'district',
  'county', 'city', 'state', 'country', 'nation', 'ministry', 'ministries', 'forces', 'source', 'statement',
  'opposition', 'prosecution', 'defense', 'defence', 'regime', 'junta', 'alliance', 'federation', 'charity',
  'insurer', 'utility', 'operator', 'exchange', 'delegation', 'consortium',
])

