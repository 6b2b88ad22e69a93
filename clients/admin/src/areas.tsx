import { lazy, ReactNode } from "react";
import {
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  ClusterOutlined,
  FileTextOutlined,
  HomeOutlined,
  KeyOutlined,
  MoneyCollectOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
  UsergroupAddOutlined,
} from "@ant-design/icons";
import type { Permission } from "@party/client-shared";

/**
 * Every area of the console: its path, its menu entry, the permission that shows it, and its
 * page, loaded only when opened (each area is its own chunk, so the first page stays small).
 * A menu item the signed-in role cannot use is not shown; the API refuses it anyway.
 */
export interface Area {
  path: string;
  label: string;
  icon: ReactNode;
  permission: Permission | null;
  group: "work" | "resources" | "oversight" | "system";
  page: ReturnType<typeof lazy>;
}

export const AREAS: Area[] = [
  { path: "", label: "工作台", icon: <HomeOutlined />, permission: null, group: "work", page: lazy(() => import("./pages/home")) },
  {
    path: "org",
    label: "组织架构",
    icon: <ClusterOutlined />,
    permission: "ORG_READ",
    group: "work",
    page: lazy(() => import("./pages/org")),
  },
  {
    path: "members",
    label: "党员管理",
    icon: <TeamOutlined />,
    permission: "MEMBER_READ",
    group: "work",
    page: lazy(() => import("./pages/members")),
  },
  {
    path: "activities",
    label: "组织生活",
    icon: <CalendarOutlined />,
    permission: "ACTIVITY_READ",
    group: "work",
    page: lazy(() => import("./pages/activities")),
  },
  {
    path: "development",
    label: "发展党员",
    icon: <UsergroupAddOutlined />,
    permission: "PIPELINE_READ",
    group: "work",
    page: lazy(() => import("./pages/development")),
  },
  {
    path: "classes",
    label: "班级与党小组",
    icon: <SolutionOutlined />,
    permission: "ORG_READ",
    group: "resources",
    page: lazy(() => import("./pages/classes")),
  },
  {
    path: "liaison",
    label: "三联二访",
    icon: <UserSwitchOutlined />,
    permission: "LIAISON_READ",
    group: "resources",
    page: lazy(() => import("./pages/liaison")),
  },
  {
    path: "service-posts",
    label: "服务岗",
    icon: <ShopOutlined />,
    permission: "SERVICE_READ",
    group: "resources",
    page: lazy(() => import("./pages/service-posts")),
  },
  {
    path: "rooms",
    label: "活动阵地",
    icon: <BankOutlined />,
    permission: "ROOM_READ",
    group: "resources",
    page: lazy(() => import("./pages/rooms")),
  },
  {
    path: "funding",
    label: "经费与党费",
    icon: <MoneyCollectOutlined />,
    permission: "FUNDING_READ",
    group: "resources",
    page: lazy(() => import("./pages/funding")),
  },
  {
    path: "governance",
    label: "党务公开与表彰",
    icon: <TrophyOutlined />,
    permission: "GOVERNANCE_READ",
    group: "resources",
    page: lazy(() => import("./pages/governance")),
  },
  {
    path: "documents",
    label: "文件台账",
    icon: <FileTextOutlined />,
    permission: "ORG_READ",
    group: "resources",
    page: lazy(() => import("./pages/documents")),
  },
  {
    path: "compliance",
    label: "制度检查",
    icon: <SafetyCertificateOutlined />,
    permission: "COMPLIANCE_READ",
    group: "oversight",
    page: lazy(() => import("./pages/compliance")),
  },
  {
    path: "assessment",
    label: "支部考核",
    icon: <RiseOutlined />,
    permission: "ASSESSMENT_READ",
    group: "oversight",
    page: lazy(() => import("./pages/assessment")),
  },
  {
    path: "record-book",
    label: "活动记录册",
    icon: <BookOutlined />,
    permission: "ACTIVITY_READ",
    group: "oversight",
    page: lazy(() => import("./pages/record-book")),
  },
  {
    path: "accounts",
    label: "账号与令牌",
    icon: <KeyOutlined />,
    permission: "ACCOUNT_ADMIN",
    group: "system",
    page: lazy(() => import("./pages/accounts")),
  },
  {
    path: "audit",
    label: "操作日志",
    icon: <AuditOutlined />,
    permission: "AUDIT_READ",
    group: "system",
    page: lazy(() => import("./pages/audit")),
  },
];

export const GROUP_LABELS: Record<Area["group"], string> = {
  work: "日常工作",
  resources: "台账",
  oversight: "检查与考核",
  system: "系统管理",
};
