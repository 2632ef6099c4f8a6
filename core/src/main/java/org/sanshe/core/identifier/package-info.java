/**
 * Identifiers of the Chinese public sector: Unified Social Credit Codes, resident ID numbers
 * (personal data, always masked in text) and administrative division codes. Every type has a strict
 * {@code parse}, a lenient {@code parseLenient} for form input and an allocation-free {@code
 * isValid}.
 */
package org.sanshe.core.identifier;
