// The shapes of /api/data-elements: a region's data element dictionary (标准数据元 and 本地区数据元) and a
// new local element as the designer names it.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed } from '../http/apiSchemas.ts';

const optionValue = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);
const bilingual = (description: string) => closed({ zh: Type.String(), en: Type.String() }, { description });

export const DataElementEntry = component(
  'DataElementEntry',
  closed(
    {
      id: Type.String({ description: 'The element id a matter’s field binds (applicant.name; local.<name in pinyin> for a local one), never typed by staff.' }),
      label: bilingual('The name in Chinese and English.'),
      type: Type.Union([Type.Literal('string'), Type.Literal('integer'), Type.Literal('number'), Type.Literal('boolean')]),
      format: Type.Optional(Type.String({ description: 'The format (date, cn-mobile …), as the definition format names it.' })),
      options: Type.Optional(Type.Array(closed({ value: optionValue, label: Type.Object({ zh: Type.String(), en: Type.String() }) }), { description: 'The allowed values of a 选项 element, each with its name.' })),
      origin: Type.Union([Type.Literal('standard'), Type.Literal('local')], { description: 'standard: of the standard dictionary (标准数据元); local: added by the region’s designers (本地区数据元).' }),
      region: Type.Optional(Type.String({ description: 'The region of a local element.' })),
    },
    { description: 'A data element (数据元) as the designer searches and binds it.' },
  ),
);

const optionName = closed({ zh: Type.String({ minLength: 1, maxLength: 100 }), en: Type.Optional(Type.String({ maxLength: 200 })) });

export const NewDataElement = component(
  'NewDataElement',
  closed(
    {
      region: Type.String({ minLength: 1, maxLength: 20, description: 'The region whose dictionary it joins: a GB/T 2260 division code or "national".' }),
      name: closed({ zh: Type.String({ maxLength: 100, description: 'The Chinese name (住宅建筑面积).' }), en: Type.Optional(Type.String({ maxLength: 200 })) }),
      type: Type.String({ maxLength: 20, description: 'string, number or boolean: with format, one of the plain choices (文本 string; 数字 number; 日期 string+date; 时间 string+hour-minute; 年月 string+year-month; 选项 string with options; 是/否 boolean; 手机号 string+cn-mobile; 身份证号 string+cn-resident-id; 统一社会信用代码 string+cn-uscc; 行政区划 string+cn-division-code; 金额 number+amount).' }),
      format: Type.Optional(Type.String({ maxLength: 40 })),
      options: Type.Optional(Type.Array(optionName, { maxItems: 100, description: 'The options of a 选项 element by their names; their values are made.' })),
    },
    { description: 'A local data element (本地区数据元): no id (made from the Chinese name), no pattern.' },
  ),
);
