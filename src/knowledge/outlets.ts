/**
 * News organisations that articles cite as sources ("told Al Jazeera",
 * "according to Interfax") and whose names look like people's ("Al", "Le",
 * "Der" ...) or are unknown words: the name finder takes them for
 * organisations. Major wire agencies, broadcasters and papers; a few whose
 * names are also common words count only after "the" ("the Guardian").
 */
const OUTLETS = new Map(
  [
    // Agencies
    'Reuters', 'Associated Press', 'Agence France-Presse', 'Bloomberg', 'Bloomberg News', 'Xinhua', 'Xinhua News Agency',
    'Interfax', 'RIA Novosti', 'Sputnik', 'Anadolu', 'Anadolu Agency', 'Yonhap', 'Kyodo', 'Kyodo News', 'Jiji Press',
    'Tasnim', 'ISNA', 'WAFA', 'Bernama', 'EFE', 'ANSA', 'DPA', 'Ukrinform', 'UNIAN',
    // Broadcasters
    'BBC', 'CNN', 'Fox News', 'MSNBC', 'CNBC', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC News', 'NPR', 'PBS', 'Sky News',
    'ITV', 'Channel 4', 'Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'Al Mayadeen', 'Al-Manar', 'France 24', 'Deutsche Welle',
    'Euronews', 'CGTN', 'NHK', 'TRT', 'TRT World', 'Voice of America', 'Radio Free Europe', 'Radio Liberty', 'CBC', 'RAI',
    'ZDF', 'ARD',
    // Papers and magazines
    'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'Politico', 'Axios', 'Semafor',
    'USA Today', 'Los Angeles Times', 'Chicago Tribune', 'Boston Globe', 'Le Monde', 'Le Figaro', 'Der Spiegel', 'Spiegel',
    'Die Zeit', 'Frankfurter Allgemeine', 'Süddeutsche Zeitung', 'Bild', 'Die Welt', 'El País', 'El Pais', 'El Mundo',
    'La Repubblica', 'Corriere della Sera', 'Haaretz', 'Jerusalem Post', 'Times of Israel', 'Yedioth Ahronoth', 'Ynet',
    'Asahi Shimbun', 'Yomiuri Shimbun', 'Mainichi', 'Nikkei', 'Nikkei Asia', 'South China Morning Post', 'Global Times',
    "People's Daily", 'China Daily', 'Hindustan Times', 'Times of India', 'Al-Monitor', 'Middle East Eye', 'Gulf News',
    'Arab News', 'Izvestia', 'Vedomosti', 'Novaya Gazeta', 'Meduza', 'Moscow Times', 'Kyiv Post', 'Kyiv Independent',
    'Ukrainska Pravda', 'New Yorker', 'Newsweek', 'HuffPost', 'Huffington Post', 'Daily Mail', 'Business Insider', 'TechCrunch',
  ].map((name) => [name.toLowerCase(), name]),
)

/** Outlets named by a common word, known as such only after "the". */
const AFTER_THE = new Set(['guardian', 'telegraph', 'economist', 'atlantic', 'verge', 'observer', 'spectator'])

/** Whether `name` (as written, without a leading "the") is a news outlet; `afterThe` when "the" comes before it. */
export function isNewsOutlet(name: string, afterThe: boolean): boolean {
  const key = name.toLowerCase().replace(/[’]/g, "'")
  const listed = OUTLETS.get(key)
  // An acronym only as written ("CBS", not "CBs").
  if (listed !== undefined) return !/^[A-Z]+$/.test(listed) || listed === name
  return afterThe && AFTER_THE.has(key)
}
