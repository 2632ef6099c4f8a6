/**
 * Community funds (社区基金) in {@link org.sanshe.core.money.Money}: a community development foundation
 * (donations in, grants out to organizations and projects, sponsor records of projects pledged,
 * claimed or adopted by enterprises), a mutual-aid fund (members, subscriptions, loans, repayments,
 * service fees with the community-welfare share) and a guarantee fund beside a time bank's hours.
 * Double entry as strict as the time bank's: {@link org.sanshe.core.fund.Fund} (the aggregate,
 * snapshot and version), {@link org.sanshe.core.fund.FundMovement} (append-only, hash chained),
 * {@link org.sanshe.core.fund.Funds} (the port, with reads by fund, counterparty and period, and
 * statements), {@link org.sanshe.core.fund.FundDesk} (optimistic retries), {@link
 * org.sanshe.core.fund.FundAudit} (chain and reconciliation), {@link
 * org.sanshe.core.fund.FundPresets} (figures from the field reports), {@link
 * org.sanshe.core.fund.FundError} (codes, catalogue {@code fund}).
 */
package org.sanshe.core.fund;
