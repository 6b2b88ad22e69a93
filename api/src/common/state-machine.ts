import { isRefusal, Refusal, RefusalCode } from "./refusal";

/*
 * Workflows as data (Vendure's finite-state-machine): a Transitions map says where each state may
 * go next, and guard hooks may still refuse a step the map allows. A refused step carries, as data,
 * the states the record may move to instead, so a client can offer exactly those.
 */

/** Where each state may go next; a final state goes nowhere (`to: []`). */
export type Transitions<S extends string> = { readonly [From in S]: { readonly to: readonly S[] } };

/** Why a guard stops a step: a zh-CN sentence, and the written rule behind it when there is one. */
export interface GuardRefusal {
  message: string;
  ruleCode?: string;
  citation?: string;
}

/**
 * Checked when a step the map allows is tried: anything but nothing stops it — a message, a
 * GuardRefusal, or a typed Refusal as it stands (a rulebook guard's RULE_NOT_MET: rules/guard.ts).
 */
export type Guard<S extends string, Data> = (from: S, to: S, data: Data) => GuardVerdict | Promise<GuardVerdict>;
type GuardVerdict = Refusal | GuardRefusal | string | null | undefined | void;

/** A step that may not be taken: from where, to where, and where the record may go instead. */
export interface RefusedStep<S extends string> {
  from: S;
  to: S;
  /** The states the map allows from `from` (the guards are not asked about each). */
  allowedNext: readonly S[];
  /** Set when the map allows the step and a guard refused it. */
  guard?: GuardRefusal | Refusal;
}

export interface StateMachineConfig<S extends string, Data> {
  transitions: Transitions<S>;
  /** zh-CN names of the states, for refusal messages. */
  labels: Readonly<Record<S, string>>;
  /** What moves, for refusal messages: “评选状态”. */
  subject: string;
  guards?: ReadonlyArray<Guard<S, Data>>;
}

export class StateMachine<S extends string, Data = undefined> {
  constructor(private readonly config: StateMachineConfig<S, Data>) {}

  allowedNext(from: S): readonly S[] {
    return this.config.transitions[from].to;
  }

  isFinal(state: S): boolean {
    return this.allowedNext(state).length === 0;
  }

  /** Null when the step may be taken; else why not: the map first, then each guard in turn. */
  async check(from: S, to: S, data: Data): Promise<RefusedStep<S> | null> {
    const allowedNext = this.allowedNext(from);
    if (!allowedNext.includes(to)) return { from, to, allowedNext };
    for (const guard of this.config.guards ?? []) {
      const said = await guard(from, to, data);
      if (said) return { from, to, allowedNext, guard: typeof said === "string" ? { message: said } : said };
    }
    return null;
  }

  /** As `check`, as the typed refusal a mutation returns: INVALID_TRANSITION, the allowed next states as data. */
  async refusal(from: S, to: S, data: Data, about: { field?: string; ruleCode?: string } = {}): Promise<Refusal | null> {
    const refused = await this.check(from, to, data);
    return refused && this.toRefusal(refused, about);
  }

  /** The typed refusal of a refused step; a guard's own Refusal keeps its code, gaining the allowed next states. */
  toRefusal(refused: RefusedStep<S>, about: { field?: string; ruleCode?: string } = {}): Refusal {
    const allowedNext = [...refused.allowedNext];
    const { guard } = refused;
    if (isRefusal(guard)) return Object.assign(new Refusal(), guard, { allowedNext });
    const { labels, subject } = this.config;
    const next = allowedNext.map((s) => labels[s]).join("、") || "无（已是最终状态）";
    const message = guard?.message ?? `${subject}不能从“${labels[refused.from]}”变为“${labels[refused.to]}”；可变为：${next}`;
    return Refusal.of(RefusalCode.INVALID_TRANSITION, message, {
      field: about.field,
      ruleCode: guard?.ruleCode ?? about.ruleCode,
      citation: guard?.citation,
      allowedNext,
    });
  }
}
