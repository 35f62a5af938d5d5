/**
 * Who may do what (ST-1, CU-8): the role table for commands and the policy for reading customer
 * contact details.
 */
package dev.kefu.staff;
