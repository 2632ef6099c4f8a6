/**
 * Community public matters (社区公共事务): intake from grid, visit, 12345 work order, WeChat account, app
 * and volunteer patrol; triage to a resolution path with a reason; the "622" report per community,
 * street and period against configurable targets.
 */
package org.sanshe.deliberation.affairs;
