/**
 * Money as an exact value: {@link org.sanshe.core.money.Money}, an amount of Chinese yuan held in
 * integer fen, with arithmetic that throws on overflow and percentage helpers without floating
 * point.
 */
package org.sanshe.core.money;
