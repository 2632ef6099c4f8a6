/**
 * The escalation ladder of the three-level linkage response: volunteer, social worker, community or
 * department, street or town head's office meeting, each with a configurable deadline; overdue
 * cases escalate when a caller passes the current time; every step is in the audit trail; closing
 * needs a resolution note.
 */
package org.sanshe.deliberation.escalation;
