/**
 * Members' professional and social concerns (التكفل بالانشغالات المهنية): a member's request, routed to the social
 * officers of the wilaya, handled on the platform case engine (states, SLA clocks on the working calendar, escalation
 * to the head of the wilaya social service and the central directorate, decisions and appeal), with three levels of
 * confidentiality, a read log the member sees, and pseudonymous submission.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Welfare")
package dz.sanad.welfare;
