// The words of the form widgets: the place picker (省 → 市 → 区县 → 乡镇), a month, an amount.
export const FORM_ZH = {
  'division.province': '省份',
  'division.city': '城市',
  'division.district': '区县',
  'division.street': '乡镇（街道）',
  'division.choose': '请选择',
  'division.search': '查找地区',
  'division.searchHint': '输入地名，如“金水”，按回车选第一个',
  'division.found': '找到 {count} 个地区',
  'division.notFound': '没有找到，请换个地名试试',
  'division.loading': '正在加载地区…',
  'division.failed': '地区数据加载失败，请刷新页面重试',
  'yearMonth.year': '年',
  'yearMonth.month': '月',
  'amount.unit': '元',
} as const;

export const FORM_EN: Record<keyof typeof FORM_ZH, string> = {
  'division.province': 'Province',
  'division.city': 'City',
  'division.district': 'District',
  'division.street': 'Township or street',
  'division.choose': 'Choose…',
  'division.search': 'Find a place',
  'division.searchHint': 'Type a place name in Chinese, such as 金水; Enter picks the first',
  'division.found': '{count} places found',
  'division.notFound': 'No place found; try another name',
  'division.loading': 'Loading places…',
  'division.failed': 'Could not load the places; reload the page',
  'yearMonth.year': 'year',
  'yearMonth.month': 'month',
  'amount.unit': 'yuan',
};
