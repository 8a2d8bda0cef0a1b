// The festivals of the State Council's holiday notices (国务院办公厅关于部分节假日安排的通知) and their
// English names, as the shipped calendar files name them. An item of a notice names one festival, or
// two when they are merged into one break (国庆节、中秋节 in 2025, 中秋节、国庆节 in 2023).

/** The seven festivals of the national schedule (《全国年节及纪念日放假办法》), in notice order. */
export const NOTICE_FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;
export type NoticeFestival = (typeof NOTICE_FESTIVALS)[number];

export interface NoticeItemName {
  name: { zh: string; en: string };
  /** The festivals the item covers: one, or two for a merged break. */
  covers: readonly NoticeFestival[];
}

const ENGLISH: Record<NoticeFestival, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};

const isFestival = (name: string): name is NoticeFestival => (NOTICE_FESTIVALS as readonly string[]).includes(name);

/**
 * The item heading of a notice ("春节", "国庆节、中秋节") as a bilingual name and the festivals it covers;
 * undefined for anything else (a festival the notices do not have, three festivals, one twice).
 */
export function noticeItemName(heading: string): NoticeItemName | undefined {
  const parts = heading.split('、');
  const covers = parts.filter(isFestival);
  if (covers.length !== parts.length || covers.length > 2 || new Set(covers).size !== covers.length) return undefined;
  return { name: { zh: covers.join('、'), en: covers.map((f) => ENGLISH[f]).join(' and ') }, covers };
}

/** The name of a make-up working day (调休上班) of an item, as the shipped calendar files write it. */
export function makeUpDayName(item: { zh: string; en: string }): { zh: string; en: string } {
  return { zh: `${item.zh}调休上班`, en: `Make-up working day (${item.en})` };
}
