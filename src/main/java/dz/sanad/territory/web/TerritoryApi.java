package dz.sanad.territory.web;

import dz.sanad.territory.Territory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/territory")
class TerritoryApi {

	record WilayaDto(String code, String nameAr, String nameFr, String parentCode, LocalDate createdOn) {
	}

	private final Territory territory;

	TerritoryApi(Territory territory) {
		this.territory = territory;
	}

	@GetMapping("/wilayas")
	List<WilayaDto> wilayas() {
		return territory.wilayas().stream()
			.map(w -> new WilayaDto(w.getCode(), w.getNameAr(), w.getNameFr(), w.getParentCode(), w.getCreatedOn()))
			.toList();
	}
}
