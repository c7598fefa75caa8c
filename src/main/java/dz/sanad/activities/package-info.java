/**
 * Social, cultural and sports services at DGSN establishments: annual programmes and activities (registrations,
 * waiting lists, attendance, satisfaction), sports clubs, talents, child reception and care, local associations.
 * Members and establishments come from the people and organisation modules' APIs; everything is scoped to the
 * user's establishment or wilaya.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
package dz.sanad.activities;
