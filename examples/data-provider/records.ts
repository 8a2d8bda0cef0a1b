// Sample records of the example data provider (see README.md): what a data-sharing platform would answer
// for the applicants of examples/*/samples. Values are grouped by their source (the system of record);
// each e-licence names its own. Invented data: the ID numbers have valid check digits but belong to nobody.
// Kept as a module, not a .json file: every .json file under examples/ is read as a OneGo definition.

export type SharedScalar = string | number | boolean;

export interface ApplicantRecord {
  /** The resident ID number (公民身份号码) the record is filed under. */
  idNumber: string;
  /** Sign-in subjects that stand for this person (dev login, the example identity provider). */
  subjects: string[];
  note: string;
  /** Data element values by source, then by data element id. */
  values: Record<string, Record<string, SharedScalar>>;
  eLicences: { type: string; number: string; source: string }[];
}

export interface ExampleRecords {
  /** The systems of record, named. */
  sources: Record<string, { zh: string; en: string }>;
  applicants: ApplicantRecord[];
}

export const EXAMPLE_RECORDS: ExampleRecords = {
  "sources": {
    "population-registry": {
      "zh": "人口基础信息库（公安户籍、居住证）",
      "en": "Population registry (household registration, residence permits)"
    },
    "marriage-registry": {
      "zh": "婚姻登记信息库（民政）",
      "en": "Marriage registry (civil affairs)"
    },
    "real-estate-registry": {
      "zh": "不动产登记信息库",
      "en": "Real-estate registry"
    },
    "social-insurance": {
      "zh": "社会保险参保信息库",
      "en": "Social insurance records"
    },
    "market-regulation": {
      "zh": "市场主体登记信息库",
      "en": "Market entity registry"
    },
    "e-licence-library": {
      "zh": "电子证照库",
      "en": "E-licence library"
    }
  },
  "applicants": [
    {
      "idNumber": "410105199304120314",
      "subjects": [
        "li-mingxuan",
        "李明轩"
      ],
      "note": "李明轩：examples/newborn/samples/valid-single-birth.json 的申请人（父亲）",
      "values": {
        "population-registry": {
          "applicant.name": "李明轩",
          "applicant.idNumber": "410105199304120314",
          "applicant.address": "河南省郑州市金水区农业路东段58号3号楼2单元501室",
          "father.name": "李明轩",
          "father.idNumber": "410105199304120314",
          "father.ethnicity": "01",
          "mother.name": "王雨桐",
          "mother.idNumber": "410102199508230460",
          "mother.ethnicity": "01",
          "household.registerNumber": "410105012345",
          "household.headName": "李明轩",
          "household.address": "河南省郑州市金水区农业路东段58号3号楼2单元501室",
          "household.divisionCode": "410105"
        },
        "marriage-registry": {
          "marriage.certificateNumber": "J410105-2021-001234",
          "marriage.registrationDate": "2021-05-20"
        }
      },
      "eLicences": [
        {
          "type": "resident-id-card",
          "number": "410105199304120314",
          "source": "e-licence-library"
        },
        {
          "type": "household-register",
          "number": "410105012345",
          "source": "e-licence-library"
        },
        {
          "type": "marriage-certificate",
          "number": "J410105-2021-001234",
          "source": "e-licence-library"
        }
      ]
    },
    {
      "idNumber": "410102199508230460",
      "subjects": [
        "wang-yutong",
        "王雨桐"
      ],
      "note": "王雨桐：同一样例中的母亲（与李明轩同户）",
      "values": {
        "population-registry": {
          "applicant.name": "王雨桐",
          "applicant.idNumber": "410102199508230460",
          "applicant.address": "河南省郑州市金水区农业路东段58号3号楼2单元501室",
          "father.name": "李明轩",
          "father.idNumber": "410105199304120314",
          "father.ethnicity": "01",
          "mother.name": "王雨桐",
          "mother.idNumber": "410102199508230460",
          "mother.ethnicity": "01",
          "household.registerNumber": "410105012345",
          "household.headName": "李明轩",
          "household.address": "河南省郑州市金水区农业路东段58号3号楼2单元501室",
          "household.divisionCode": "410105"
        },
        "marriage-registry": {
          "marriage.certificateNumber": "J410105-2021-001234",
          "marriage.registrationDate": "2021-05-20"
        }
      },
      "eLicences": [
        {
          "type": "resident-id-card",
          "number": "410102199508230460",
          "source": "e-licence-library"
        },
        {
          "type": "household-register",
          "number": "410105012345",
          "source": "e-licence-library"
        },
        {
          "type": "marriage-certificate",
          "number": "J410105-2021-001234",
          "source": "e-licence-library"
        }
      ]
    },
    {
      "idNumber": "410103199402070282",
      "subjects": [
        "chen-siyu",
        "陈思雨"
      ],
      "note": "陈思雨：examples/newborn/samples/valid-twins.json 的申请人（母亲，户主）",
      "values": {
        "population-registry": {
          "applicant.name": "陈思雨",
          "applicant.idNumber": "410103199402070282",
          "applicant.address": "河南省郑州市二七区康复前街18号院6号楼1单元302室",
          "father.name": "赵磊",
          "father.idNumber": "410105199111300159",
          "father.ethnicity": "01",
          "mother.name": "陈思雨",
          "mother.idNumber": "410103199402070282",
          "mother.ethnicity": "03",
          "household.registerNumber": "410103067890",
          "household.headName": "陈思雨",
          "household.address": "河南省郑州市二七区康复前街18号院6号楼1单元302室",
          "household.divisionCode": "410103"
        },
        "marriage-registry": {
          "marriage.certificateNumber": "J410103-2019-000567",
          "marriage.registrationDate": "2019-10-08"
        }
      },
      "eLicences": [
        {
          "type": "resident-id-card",
          "number": "410103199402070282",
          "source": "e-licence-library"
        },
        {
          "type": "household-register",
          "number": "410103067890",
          "source": "e-licence-library"
        },
        {
          "type": "marriage-certificate",
          "number": "J410103-2019-000567",
          "source": "e-licence-library"
        }
      ]
    },
    {
      "idNumber": "370102198805120359",
      "subjects": [
        "li-ming",
        "李明"
      ],
      "note": "李明：examples/school-enrolment/samples/valid-local-owner.json 的申请人（父亲，本地户籍、自有住房）",
      "values": {
        "population-registry": {
          "household.registerNumber": "370102004512",
          "household.divisionCode": "370102",
          "household.address": "山东省济南市历下区文化东路 58 号 3 号楼 2 单元 501 室",
          "household.headName": "李明"
        },
        "real-estate-registry": {
          "property.certificateNumber": "鲁(2019)济南市不动产权第0123456号",
          "property.divisionCode": "370102",
          "property.ownerIdNumber": "370102198805120359",
          "property.address": "济南市历下区文化东路 58 号 3 号楼 2 单元 501 室"
        }
      },
      "eLicences": [
        {
          "type": "resident-id-card",
          "number": "370102198805120359",
          "source": "e-licence-library"
        },
        {
          "type": "household-register",
          "number": "370102004512",
          "source": "e-licence-library"
        },
        {
          "type": "real-estate-title",
          "number": "鲁(2019)济南市不动产权第0123456号",
          "source": "e-licence-library"
        }
      ]
    },
    {
      "idNumber": "371302199002030575",
      "subjects": [
        "sun-jianguo",
        "孙建国"
      ],
      "note": "孙建国：examples/school-enrolment/samples/valid-migrant-manual-review.json 的申请人（随迁，参保6个月）",
      "values": {
        "population-registry": {
          "household.registerNumber": "371302207741",
          "household.divisionCode": "371302",
          "household.address": "山东省临沂市兰山区金雀山路 9 号",
          "residence.divisionCode": "370102",
          "residence.permitIssuedDate": "2026-03-02",
          "residence.address": "济南市历下区燕子山路 21 号 1 号楼 1203 室"
        },
        "social-insurance": {
          "socialInsurance.contributionMonths": 6,
          "socialInsurance.divisionCode": "370100"
        }
      },
      "eLicences": [
        {
          "type": "resident-id-card",
          "number": "371302199002030575",
          "source": "e-licence-library"
        },
        {
          "type": "household-register",
          "number": "371302207741",
          "source": "e-licence-library"
        },
        {
          "type": "residence-permit",
          "number": "370102-JZZ-2026-004411",
          "source": "e-licence-library"
        },
        {
          "type": "social-insurance-record",
          "number": "SB370100-2026-0000618",
          "source": "e-licence-library"
        }
      ]
    },
    {
      "idNumber": "411302198706210468",
      "subjects": [
        "zhao-min",
        "赵敏"
      ],
      "note": "赵敏：examples/school-enrolment/samples/valid-migrant-self-employed.json 的申请人（随迁，个体工商户）",
      "values": {
        "population-registry": {
          "household.registerNumber": "411302118833",
          "household.divisionCode": "411302",
          "household.address": "河南省南阳市宛城区新华东路 120 号",
          "residence.divisionCode": "370102",
          "residence.permitIssuedDate": "2023-04-18",
          "residence.address": "济南市历下区解放路 112 号 6 号楼 302 室"
        },
        "social-insurance": {
          "socialInsurance.contributionMonths": 24,
          "socialInsurance.divisionCode": "370100"
        },
        "market-regulation": {
          "enterprise.creditCode": "92370102MA3C8L5K2W",
          "enterprise.establishDate": "2022-06-09",
          "enterprise.divisionCode": "370102",
          "enterprise.type": "individual-business",
          "enterprise.name": "济南市历下区赵记果蔬店"
        }
      },
      "eLicences": [
        {
          "type": "resident-id-card",
          "number": "411302198706210468",
          "source": "e-licence-library"
        },
        {
          "type": "household-register",
          "number": "411302118833",
          "source": "e-licence-library"
        },
        {
          "type": "residence-permit",
          "number": "370102-JZZ-2023-001876",
          "source": "e-licence-library"
        },
        {
          "type": "social-insurance-record",
          "number": "SB370100-2024-0023190",
          "source": "e-licence-library"
        },
        {
          "type": "business-licence",
          "number": "92370102MA3C8L5K2W",
          "source": "e-licence-library"
        }
      ]
    },
    {
      "idNumber": "530102198505123013",
      "subjects": [
        "li-minghua",
        "李明华"
      ],
      "note": "李明华：examples/business-startup/samples/valid-llc-with-employees.json 的申请人（法定代表人）",
      "values": {
        "market-regulation": {
          "enterprise.creditCode": "91530102MA6K8T2L30",
          "enterprise.establishDate": "2026-11-23"
        }
      },
      "eLicences": [
        {
          "type": "resident-id-card",
          "number": "530102198505123013",
          "source": "e-licence-library"
        }
      ]
    },
    {
      "idNumber": "530102197809301830",
      "subjects": [
        "zhou-jianguo",
        "周建国"
      ],
      "note": "周建国：examples/business-startup/samples/valid-sole-proprietor-no-employees.json 的申请人（投资人）",
      "values": {
        "market-regulation": {
          "enterprise.creditCode": "91530102MA6NQ3D791",
          "enterprise.establishDate": "2026-11-23"
        }
      },
      "eLicences": [
        {
          "type": "resident-id-card",
          "number": "530102197809301830",
          "source": "e-licence-library"
        }
      ]
    }
  ]
};
