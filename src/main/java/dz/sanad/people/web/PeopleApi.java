package dz.sanad.people.web;

import dz.sanad.people.Consent;
import dz.sanad.people.ConsentForm;
import dz.sanad.people.Correction;
import dz.sanad.people.CorrectionField;
import dz.sanad.people.CorrectionStatus;
import dz.sanad.people.FamilyForm;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Grade;
import dz.sanad.people.Member;
import dz.sanad.people.MemberForm;
import dz.sanad.people.MemberFunction;
import dz.sanad.people.MemberSearch;
import dz.sanad.people.MemberStatus;
import dz.sanad.people.People;
import dz.sanad.people.PeopleAdmin;
import dz.sanad.people.PeopleConsents;
import dz.sanad.people.PeopleCorrections;
import dz.sanad.people.PersonalData;
import dz.sanad.people.Relation;
import dz.sanad.people.imports.ImportError;
import dz.sanad.people.imports.ImportJob;
import dz.sanad.people.imports.PeopleImports;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The people REST API: same services, same scoping and rules as the pages. */
@RestController
@RequestMapping("/api/people")
class PeopleApi {

	record MemberDto(Long id, String matricule, String nin, String firstNameAr, String lastNameAr, String firstNameLat,
			String lastNameLat, String sex, LocalDate birthDate, Grade grade, MemberFunction function, Long unitId,
			String wilayaCode, String phone, String email, MemberStatus status, boolean martyr) {
		static MemberDto of(Member m) {
			return new MemberDto(m.getId(), m.getMatricule(), m.getNin(), m.getFirstNameAr(), m.getLastNameAr(),
					m.getFirstNameLat(), m.getLastNameLat(), m.getSex(), m.getBirthDate(), m.getGrade(),
					m.getFunction(), m.getUnitId(), m.getWilayaCode(), m.getPhone(), m.getEmail(), m.getStatus(),
					m.isMartyr());
		}
	}

	record FamilyDto(Long id, Long memberId, Relation relation, String firstNameAr, String lastNameAr,
			String firstNameLat, String lastNameLat, String sex, LocalDate birthDate, boolean disability,
			boolean orphan, boolean martyrChild, String schoolLevel, boolean active) {
		static FamilyDto of(FamilyMember f) {
			return new FamilyDto(f.getId(), f.getMemberId(), f.getRelation(), f.getFirstNameAr(), f.getLastNameAr(),
					f.getFirstNameLat(), f.getLastNameLat(), f.getSex(), f.getBirthDate(), f.isDisability(),
					f.isOrphan(), f.isMartyrChild(), f.getSchoolLevel(), f.isActive());
		}
	}

	record MemberWithFamily(MemberDto member, List<FamilyDto> family) {
	}

	record ConsentDto(Long id, Long memberId, Long familyMemberId, String purpose, String scope, String givenBy,
			boolean guardian, LocalDate givenAt, String recordedBy, Instant withdrawnAt, String withdrawalReason) {
		static ConsentDto of(Consent c) {
			return new ConsentDto(c.getId(), c.getMemberId(), c.getFamilyMemberId(), c.getPurpose().name(),
					c.getScope(), c.getGivenBy(), c.isGuardian(), c.getGivenAt(), c.getRecordedBy(),
					c.getWithdrawnAt(), c.getWithdrawalReason());
		}
	}

	record CorrectionDto(Long id, Long memberId, Long familyMemberId, CorrectionField field, String currentValue,
			String requestedValue, String comment, CorrectionStatus status, Instant requestedAt, String decidedBy,
			String reason) {
		static CorrectionDto of(Correction c) {
			return new CorrectionDto(c.getId(), c.getMemberId(), c.getFamilyMemberId(), c.getField(),
					c.getCurrentValue(), c.getRequestedValue(), c.getComment(), c.getStatus(), c.getRequestedAt(),
					c.getDecidedBy(), c.getReason());
		}
	}

	record CorrectionRequest(Long familyMemberId, CorrectionField field, String requestedValue, String comment) {
	}

	record Decision(String reason) {
	}

	record Deactivation(MemberStatus status, Boolean diedOnDuty) {
	}

	record ImportReport(ImportJob job, List<ImportError> errors) {
	}

	private final People people;

	private final PeopleAdmin admin;

	private final MemberSearch search;

	private final PeopleConsents consents;

	private final PeopleCorrections corrections;

	private final PersonalData personalData;

	private final PeopleImports imports;

	PeopleApi(People people, PeopleAdmin admin, MemberSearch search, PeopleConsents consents,
			PeopleCorrections corrections, PersonalData personalData, PeopleImports imports) {
		this.people = people;
		this.admin = admin;
		this.search = search;
		this.consents = consents;
		this.corrections = corrections;
		this.personalData = personalData;
		this.imports = imports;
	}

	// ---- members

	@GetMapping("/members")
	Page<MemberSearch.Hit> members(MemberSearch.Filter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return search.search(CurrentUser.get(), filter, Paging.of(page, size, Sort.unsorted()));
	}

	@GetMapping("/members/{id}")
	MemberWithFamily member(@PathVariable Long id) {
		Member m = people.memberFor(CurrentUser.get(), id);
		return new MemberWithFamily(MemberDto.of(m), people.familyOf(id).stream().map(FamilyDto::of).toList());
	}

	@PostMapping("/members")
	@ResponseStatus(HttpStatus.CREATED)
	MemberDto create(@Valid @RequestBody MemberForm form) {
		return MemberDto.of(admin.create(CurrentUser.get(), form));
	}

	@PutMapping("/members/{id}")
	MemberDto update(@PathVariable Long id, @Valid @RequestBody MemberForm form) {
		return MemberDto.of(admin.update(CurrentUser.get(), id, form));
	}

	@PostMapping("/members/{id}/deactivate")
	MemberDto deactivate(@PathVariable Long id, @RequestBody Deactivation d) {
		return MemberDto.of(admin.deactivate(CurrentUser.get(), id, d.status(), Boolean.TRUE.equals(d.diedOnDuty())));
	}

	@PostMapping("/members/{id}/reactivate")
	MemberDto reactivate(@PathVariable Long id) {
		return MemberDto.of(admin.reactivate(CurrentUser.get(), id));
	}

	// ---- family

	@GetMapping("/members/{id}/family")
	List<FamilyDto> family(@PathVariable Long id) {
		people.memberFor(CurrentUser.get(), id);
		return people.familyOf(id).stream().map(FamilyDto::of).toList();
	}

	@PostMapping("/members/{id}/family")
	@ResponseStatus(HttpStatus.CREATED)
	FamilyDto addFamily(@PathVariable Long id, @Valid @RequestBody FamilyForm form) {
		return FamilyDto.of(admin.addFamily(CurrentUser.get(), id, form));
	}

	@GetMapping("/family/{fid}")
	FamilyDto familyMember(@PathVariable Long fid) {
		return FamilyDto.of(admin.familyFor(CurrentUser.get(), fid));
	}

	@PutMapping("/family/{fid}")
	FamilyDto updateFamily(@PathVariable Long fid, @Valid @RequestBody FamilyForm form) {
		return FamilyDto.of(admin.updateFamily(CurrentUser.get(), fid, form));
	}

	@DeleteMapping("/family/{fid}")
	FamilyDto removeFamily(@PathVariable Long fid) {
		return FamilyDto.of(admin.removeFamily(CurrentUser.get(), fid));
	}

	// ---- consents

	@GetMapping("/members/{id}/consents")
	List<ConsentDto> consents(@PathVariable Long id) {
		return consents.of(CurrentUser.get(), id).stream().map(ConsentDto::of).toList();
	}

	@PostMapping("/members/{id}/consents")
	@ResponseStatus(HttpStatus.CREATED)
	ConsentDto recordConsent(@PathVariable Long id, @Valid @RequestBody ConsentForm form) {
		return ConsentDto.of(consents.record(CurrentUser.get(), id, form));
	}

	@PostMapping("/consents/{cid}/withdraw")
	ConsentDto withdraw(@PathVariable Long cid, @RequestBody(required = false) Decision d) {
		return ConsentDto.of(consents.withdraw(CurrentUser.get(), cid, d == null ? null : d.reason()));
	}

	// ---- corrections

	@GetMapping("/corrections")
	Page<CorrectionDto> corrections(PeopleCorrections.Filter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return corrections.search(CurrentUser.get(), filter,
				Paging.of(page, size, Sort.by(Sort.Direction.DESC, "requestedAt"))).map(CorrectionDto::of);
	}

	@PostMapping("/corrections/{id}/accept")
	CorrectionDto accept(@PathVariable Long id, @RequestBody(required = false) Decision d) {
		return CorrectionDto.of(corrections.accept(CurrentUser.get(), id, d == null ? null : d.reason()));
	}

	@PostMapping("/corrections/{id}/refuse")
	CorrectionDto refuse(@PathVariable Long id, @RequestBody(required = false) Decision d) {
		return CorrectionDto.of(corrections.refuse(CurrentUser.get(), id, d == null ? null : d.reason()));
	}

	// ---- self-service

	@GetMapping("/me")
	MemberWithFamily me() {
		SanadUser user = CurrentUser.get();
		if (user.memberId() == null) {
			throw new dz.sanad.platform.NotFoundException("no member");
		}
		return member(user.memberId());
	}

	@PostMapping("/me/corrections")
	@ResponseStatus(HttpStatus.CREATED)
	CorrectionDto requestCorrection(@RequestBody CorrectionRequest r) {
		return CorrectionDto.of(corrections.request(CurrentUser.get(), r.familyMemberId(), r.field(),
				r.requestedValue(), r.comment()));
	}

	@GetMapping("/me/corrections")
	List<CorrectionDto> myCorrections() {
		return corrections.mine(CurrentUser.get()).stream().map(CorrectionDto::of).toList();
	}

	@GetMapping("/me/access")
	Map<String, Object> myData(@RequestParam(required = false) Long family) {
		SanadUser user = CurrentUser.get();
		return personalData.collect(user, user.memberId() == null ? -1L : user.memberId(), family);
	}

	// ---- right of access (dpo)

	@GetMapping("/members/{id}/access")
	Map<String, Object> access(@PathVariable Long id, @RequestParam(required = false) Long family) {
		return personalData.collect(CurrentUser.get(), id, family);
	}

	// ---- imports

	@PostMapping("/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportJob upload(@RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return imports.upload(CurrentUser.get(), file.getOriginalFilename(), file.getSize(), in);
		}
	}

	@GetMapping("/imports")
	Page<ImportJob> importList(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return imports.list(null, Paging.of(page, size, Sort.unsorted()));
	}

	@GetMapping("/imports/{id}")
	ImportReport importReport(@PathVariable long id) {
		return new ImportReport(imports.get(id), imports.errors(id, 200));
	}

	@PostMapping("/imports/{id}/commit")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportJob commit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean acknowledgeIgnored) {
		return imports.commit(CurrentUser.get(), id, acknowledgeIgnored);
	}
}
