export { ForbiddenError, NotFoundError } from "./errors";
export { assertCanEditOffer, offerScope, organizationScope } from "./offers";
export { assertCan, can, invitableRoles, PERMISSIONS, ROLE_PERMISSIONS, type Actor, type Permission } from "./permissions";
