import { SetMetadata } from '@nestjs/common';

export const NO_REQUEST_TRANSACTION = 'spis:no-request-transaction';

/**
 * The route runs without the per-request transaction. For requests that spend a long time on
 * something else (a streamed upload reads its body for minutes): a transaction opened before that
 * would hold a pooled connection, idle in transaction, the whole time. Such a route's service opens
 * its own short transaction (`TransactionalConnection.withTransaction`) around the writes that belong
 * together, once the slow part is done.
 */
export const NoRequestTransaction = () => SetMetadata(NO_REQUEST_TRANSACTION, true);
