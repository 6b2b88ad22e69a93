import { BranchKind } from "../org/org-unit.enums";

/**
 * The college's organisation exactly as the 2014 implementation opinion lists it (四(一)1–2,
 * seed/implementation-opinion-2014.txt lines 45–106): 1 committee, 12 general branches, 39
 * branches. Names are verbatim; `covers` lists the departments the source names for each branch
 * (for a secondary college's branches, the college itself).
 */
export interface BranchSeed {
  name: string;
  kind: BranchKind;
  covers: string[];
}

export interface GeneralBranchSeed {
  name: string;
  branches: BranchSeed[];
}

export const COLLEGE_COMMITTEE_NAME = "重庆工业职业技术学院党委";

const staff = (name: string, covers: string): BranchSeed => ({ name, kind: BranchKind.STAFF, covers: covers.split("、") });

function secondaryCollege(name: string, facultyBranches: string[]): GeneralBranchSeed {
  const college = name.replace(/党总支$/, "");
  return {
    name,
    branches: [
      ...facultyBranches.map((branch) => ({ name: branch, kind: BranchKind.FACULTY, covers: [college] })),
      { name: "学生支部", kind: BranchKind.STUDENT, covers: [college] },
    ],
  };
}

const ONE_FACULTY = ["教工支部"];
const TWO_FACULTY = ["教工一支部", "教工二支部"];

export const GENERAL_BRANCHES: GeneralBranchSeed[] = [
  {
    name: "机关党总支",
    branches: [
      staff("机关一支部", "组织部、宣传部、纪委办、人事处"),
      staff("机关二支部", "党政办、工会（离退休工作处）"),
      staff("机关三支部", "财务处、国有资产管理处"),
      staff("机关四支部", "后勤管理处"),
      staff("机关五支部", "学生处（团委）"),
      staff("机关六支部", "招生就业处、保卫处"),
      staff("机关七支部", "第三机床厂、培训继续教育学院、国际合作交流处"),
      staff("机关八支部", "新校区建设指挥部"),
    ],
  },
  {
    name: "教学党总支",
    branches: [
      staff("教学一支部", "教务处、督导室"),
      staff("教学二支部", "体育工作部"),
      staff("教学三支部", "基础教学部"),
      staff("教学四支部", "思想政治理论课教学部"),
      staff("教学五支部", "图书馆"),
      staff("教学六支部", "科研处（合作发展处）、教育技术与信息中心"),
    ],
  },
  secondaryCollege("管理工程学院党总支", ONE_FACULTY),
  secondaryCollege("建筑与环境工程学院党总支", ONE_FACULTY),
  secondaryCollege("化学与制药工程学院党总支", ONE_FACULTY),
  secondaryCollege("艺术设计学院党总支", ONE_FACULTY),
  secondaryCollege("机械工程学院党总支", TWO_FACULTY),
  secondaryCollege("财经学院党总支", TWO_FACULTY),
  secondaryCollege("车辆工程学院党总支", ONE_FACULTY),
  secondaryCollege("自动化学院党总支", ONE_FACULTY),
  secondaryCollege("信息工程学院党总支", ONE_FACULTY),
  {
    name: "离退休党总支",
    branches: ["一", "二", "三", "四", "五"].map((n) => ({ name: `离退休${n}支部`, kind: BranchKind.RETIRED, covers: [] })),
  },
];
