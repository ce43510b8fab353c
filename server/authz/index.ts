export { ForbiddenError, NotFoundError } from "./errors";
export { assertCanEditOffer, assertCanEditOffers, canEditOffers, offerScope, organizationScope } from "./offers";
export { assertCan, can, invitableRoles, PERMISSIONS, ROLE_PERMISSIONS, type Actor, type Permission } from "./permissions";
