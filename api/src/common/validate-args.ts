import { validateOrReject, type ValidationError, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";
import { AppError, ErrorCode, type FieldErrors } from "./errors";
import { flattenValidationErrors } from "./format-error";
import { INPUT_YEARS } from "./scalars";

/** As type-graphql runs class-validator when no validateFn is given (and as `validate` was set before). */
export const CLASS_VALIDATOR: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const NUL_MESSAGE = "不能包含空字符（\\u0000）";
const YEAR_MESSAGE = `年份应在 ${INPUT_YEARS.min}–${INPUT_YEARS.max} 之间`;
/** Int fields and arguments holding a year: `year`, `cycleYear`, `gradeYear`, … */
const YEAR_NAME = /^year$|Year$/;

/** Problems found per resolver call: every argument's validation shares one look at all of them. */
const seen = new WeakMap<object, FieldErrors | null>();

/**
 * type-graphql's validation hook, run on the arguments of every resolver that takes any (never on
 * plain output fields). Before the inputs' class-validator rules, it refuses what PostgreSQL would
 * turn into an internal error whatever the field: a NUL character in any text (PostgreSQL text and
 * jsonb cannot hold one) and years outside INPUT_YEARS in any field named like a year (dates are
 * checked by the LocalDate scalar). Fields are named like class-validator's: relative to an input
 * object argument (`name`, `rows.0.note`), else by the argument (`refreshToken`, `year`).
 */
export const validateArgs: ValidatorFn = async (argValue, _argType, { args }) => {
  let problems = seen.get(args);
  if (problems === undefined) {
    const found: FieldErrors = {};
    for (const [name, value] of Object.entries(args)) {
      const isInputObject = value !== null && typeof value === "object" && !Array.isArray(value);
      inspect(value, isInputObject ? "" : name, name, found);
    }
    seen.set(args, (problems = Object.keys(found).length ? found : null));
  }

  let invalid: ValidationError[] = [];
  if (argValue !== null && typeof argValue === "object") {
    try {
      if (Array.isArray(argValue))
        await Promise.all(argValue.filter((v) => v !== null && typeof v === "object").map((v) => validateOrReject(v, CLASS_VALIDATOR)));
      else await validateOrReject(argValue, CLASS_VALIDATOR);
    } catch (errors) {
      invalid = errors as ValidationError[];
    }
  }
  if (!problems) {
    if (invalid.length) throw new ArgumentValidationError(invalid);
    return;
  }
  // One answer naming every field, the inputs' own rules included; on a field holding what cannot be
  // stored at all, that is the one thing said.
  const fields: FieldErrors = { ...flattenValidationErrors(invalid), ...problems };
  throw new AppError(ErrorCode.BAD_USER_INPUT, "输入有误，请检查标出的字段", { fields });
};

function inspect(value: unknown, path: string, name: string, found: FieldErrors): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) add(found, path || name, NUL_MESSAGE);
  } else if (typeof value === "number") {
    if (YEAR_NAME.test(name) && !(value >= INPUT_YEARS.min && value <= INPUT_YEARS.max)) add(found, path || name, YEAR_MESSAGE);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => inspect(item, join(path, String(i)), name, found));
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    // Input objects, and free-form JSON (whose keys are text too).
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) add(found, join(path, key), NUL_MESSAGE);
      inspect(item, join(path, key), key, found);
    }
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function add(found: FieldErrors, field: string, message: string): void {
  (found[field] ??= []).push(message);
}
