/**
 * What the customer sees (TK-19): a customer-safe view of their tickets and complaints, in their
 * language, without internal notes, staff data or contact details.
 */
package dev.kefu.view;
