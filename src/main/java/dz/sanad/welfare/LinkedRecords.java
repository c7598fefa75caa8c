package dz.sanad.welfare;

import dz.sanad.activities.ActivityService;
import dz.sanad.activities.CareApplicationService;
import dz.sanad.activities.RegistrationService;
import dz.sanad.holidays.HolidayApplications;
import dz.sanad.holidays.HolidaysAccess;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.training.TrainingAccess;
import dz.sanad.training.TrainingNominations;
import dz.sanad.training.TrainingSessions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a linked record through its own module's public API and that module's own scope rule, as the reader: what
 * the reader may not open there is empty here, exactly like a record that does not exist. Nothing of the record is
 * kept by welfare.
 */
@Component
class LinkedRecords {

	/** A record as its reader may see it; {@code href} is null for a member (their own pages differ by module). */
	record Resolved(long memberId, String title, String status, Instant at, String href) {
	}

	private final HolidayApplications holidays;

	private final HolidaysAccess holidaysAccess;

	private final TrainingNominations nominations;

	private final TrainingSessions sessions;

	private final TrainingAccess trainingAccess;

	private final RegistrationService registrations;

	private final ActivityService activities;

	private final CareApplicationService care;

	private final MessageSource messages;

	LinkedRecords(HolidayApplications holidays, HolidaysAccess holidaysAccess, TrainingNominations nominations,
			TrainingSessions sessions, TrainingAccess trainingAccess, RegistrationService registrations,
			ActivityService activities, CareApplicationService care, MessageSource messages) {
		this.holidays = holidays;
		this.holidaysAccess = holidaysAccess;
		this.nominations = nominations;
		this.sessions = sessions;
		this.trainingAccess = trainingAccess;
		this.registrations = registrations;
		this.activities = activities;
		this.care = care;
		this.messages = messages;
	}

	/** The record if the reader may open it in its module; empty when unknown or out of the reader's scope. */
	Optional<Resolved> resolve(SanadUser reader, LinkKind kind, long id) {
		try {
			return Optional.ofNullable(switch (kind) {
				case HOLIDAY_APPLICATION -> holiday(reader, id);
				case TRAINING_NOMINATION -> nomination(reader, id);
				case ACTIVITY_REGISTRATION -> registration(reader, id);
				case CHILDCARE_APPLICATION -> childCare(reader, id);
			});
		}
		catch (NotFoundException | AccessDeniedException e) {
			return Optional.empty();
		}
	}

	private Resolved holiday(SanadUser reader, long id) {
		var a = holidays.application(id);
		if (!holidaysAccess.canSee(reader, a)) {
			return null;
		}
		return new Resolved(a.getMemberId(), text("holidays.application.title", a.getId()),
				text(a.getStatus().messageKey()), a.getCreatedAt(), staff(reader, "/holidays/applications/" + id));
	}

	private Resolved nomination(SanadUser reader, long id) {
		var n = nominations.get(id);
		var s = sessions.get(n.getSessionId());
		if (!trainingAccess.canSeeNomination(reader, s, n)) {
			return null;
		}
		return new Resolved(n.getMemberId(), text("welfare.link.session", s.getCode()),
				text(n.getStatus().messageKey()), n.getCreatedAt(), staff(reader, "/training/sessions/" + s.getId()));
	}

	/** The activities services check the signed-in user's scope themselves (403 outside it), so only for them. */
	private Resolved registration(SanadUser reader, long id) {
		if (!signedIn(reader)) {
			return null;
		}
		var r = registrations.registration(id);
		var a = activities.get(r.getActivityId());
		return new Resolved(r.getMemberId(), a.title(locale()), text(r.getStatus().messageKey()), r.getRegisteredAt(),
				staff(reader, "/activities/" + a.getId()));
	}

	private Resolved childCare(SanadUser reader, long id) {
		if (!signedIn(reader)) {
			return null;
		}
		var a = care.application(id);
		return new Resolved(a.getMemberId(), text("welfare.link.childcare", a.name(locale())),
				text(a.getStatus().messageKey()), a.getSubmittedAt(), null);
	}

	private static boolean signedIn(SanadUser reader) {
		return reader.getUsername().equals(dz.sanad.platform.CurrentUser.name());
	}

	private static String staff(SanadUser reader, String href) {
		return reader.memberId() != null && reader.role() == dz.sanad.platform.Role.MEMBER ? null : href;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
