import { graphql } from "../generated";

/** Every unit (up to 100), with what tests key them by. */
export const OrgUnits = graphql(`
  query OrgUnits($filter: OrgUnitFilter, $first: Int) {
    orgUnits(filter: $filter, first: $first) {
      items {
        id
        name
        fullName
        kind
        version
      }
    }
  }
`);
