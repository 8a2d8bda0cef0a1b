// The texts of the matter catalogue (事项库) in the designer: the catalogue browser of the compose page,
// the list of matters and the matter editor (everything a service guide says). Merged into the dictionary
// of messages.ts. Chinese first; the English one must have every key.
export const MATTER_ZH = {
  'mx.queryHint': '可输入事项名称、事项编码或部门名称',
  'mx.regionFilter': '按地区筛选',
  'mx.allRegions': '全部地区',
  'mx.departmentAndRegion': '部门（地区）',
  'mx.version': '版本',
  'mx.codeLine': '事项编码 {code}',
  'mx.noDepartment': '未指定部门',
  'mx.national': '全国',
  'mx.bundlePublishedState': '已发布第 {n} 版：“{name}”。以下是已发布的内容，修改后可保存为新的草稿。',
};

export const MATTER_EN: Record<keyof typeof MATTER_ZH, string> = {
  'mx.queryHint': 'A matter’s name, its code or a department’s name',
  'mx.regionFilter': 'Region',
  'mx.allRegions': 'All regions',
  'mx.departmentAndRegion': 'Department (region)',
  'mx.version': 'Version',
  'mx.codeLine': 'Code {code}',
  'mx.noDepartment': 'No department',
  'mx.national': 'National',
  'mx.bundlePublishedState': 'Version {n} of “{name}” is published. This is what was published; changes can be saved as a new draft.',
};
