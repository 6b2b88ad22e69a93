import { Empty, Skeleton } from "antd";
import { ErrorAlert, useGql } from "@party/client-shared";
import { PageFrame } from "../../page-frame";
import { MyMemberRecord } from "../members/operations";
import { MemberRecord } from "../members/member-detail";

/** A member's home: their own record (the API answers `me.member`; a member never sees the list). */
export default function MyRecord() {
  const { data, isLoading, error, refetch } = useGql(MyMemberRecord, {});
  if (isLoading) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.me?.member)
    return (
      <PageFrame title="工作台">
        <Empty description="您的账号没有对应的党员档案" />
      </PageFrame>
    );
  // The API lets a member read their own contacts but not the contacted people's records.
  const member = { ...data.me.member, massContacts: data.me.member.massContacts.map((c) => ({ ...c, person: null })) };
  return <MemberRecord member={member} title="我的党员档案" />;
}
