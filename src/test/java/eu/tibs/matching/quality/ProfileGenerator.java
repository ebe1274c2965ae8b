package eu.tibs.matching.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import eu.tibs.matching.MatchProfile;
import eu.tibs.matching.Side;
import eu.tibs.matching.quality.ReferenceCodes.Region;
import eu.tibs.matching.quality.Vocabulary.Capability;
import eu.tibs.matching.quality.Vocabulary.Sector;

/**
 * A seeded generator of labelled profiles. Most companies come in planted groups: buyers that need a
 * capability and offer another, suppliers that offer the first and need the second, each in its own
 * country; they are each other's partners. Around them: same-country decoys (perfect partners in the
 * buyer's country), one-sided decoys (offer what the buyer needs in the buyer's very words, need nothing it
 * offers), near misses (neighbouring capabilities of the same sectors), and unrelated companies. Wordings
 * vary as in real profiles (inflections, synonyms, paraphrases) and carry generic filler words.
 */
public final class ProfileGenerator {
    private static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");
    private static final double[] SIZE_SHARES = {0.35, 0.35, 0.22, 0.08};
    private static final List<String> NEED_TEXTS = List.of(
            "We are looking for a reliable partner for %s.", "Seeking %s for our production.",
            "Interested in %s from abroad.", "Need %s at competitive prices.");
    private static final List<String> OFFER_TEXTS = List.of(
            "We offer %s with many years of experience.", "Reliable %s for industrial customers.",
            "%s in small and large series.", "Our company provides %s of high quality.");
    private static final List<String> GENERIC_KEYWORDS = List.of(
            "quality", "reliable supplier", "competitive prices", "international cooperation", "industrial solutions");
    private final Random random;
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final ReferenceCodes codes = ReferenceCodes.load();
    /** Texts are shared between profiles, so that a million profiles fit in memory. */
    private final Map<String, String> texts = new HashMap<>();

    public ProfileGenerator(long seed) {
        this.random = new Random(seed);
    }

    public LabelledProfiles generate(int count) {
        var profiles = new ArrayList<MatchProfile>(count + 16);
        var partners = new HashMap<UUID, Set<UUID>>();
        while (profiles.size() < count) {
            if (random.nextDouble() < 0.6) {
                addGroup(profiles, partners);
            } else {
                profiles.add(company(anySector(), anyRegion()).build());
            }
        }
        var kept = List.copyOf(profiles.subList(0, count));
        var keptIds = new HashSet<UUID>();
        kept.forEach(profile -> keptIds.add(profile.companyId()));
        partners.keySet().retainAll(keptIds);
        partners.values().forEach(ids -> ids.retainAll(keptIds));
        partners.values().removeIf(Set::isEmpty);
        return new LabelledProfiles(kept, partners);
    }

    private void addGroup(List<MatchProfile> profiles, Map<UUID, Set<UUID>> partners) {
        var buyerSector = anySector();
        var supplierSector = random.nextBoolean() ? buyerSector : anySector();
        var wanted = pick(supplierSector.capabilities());
        var given = pick(buyerSector.capabilities());
        while (given == wanted) {
            given = pick(buyerSector.capabilities());
        }
        var regions = new ArrayList<>(codes.regions());
        Collections.shuffle(regions, random);
        int buyerCount = 1 + (random.nextDouble() < 0.4 ? 1 : 0);
        int supplierCount = 1 + (random.nextDouble() < 0.5 ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
        var cooperation = pick(codes.cooperationTypes());
        var productClass = classIn(supplierSector);
        var product = productOf(productClass);
        var buyers = new ArrayList<MatchProfile>();
        var suppliers = new ArrayList<MatchProfile>();
        for (int i = 0; i < buyerCount; i++) {
            buyers.add(company(buyerSector, regions.get(i)).need(wanted, partOf(product)).offer(given).wants(cooperation).build());
        }
        for (int i = buyerCount; i < buyerCount + supplierCount; i++) {
            suppliers.add(company(supplierSector, regions.get(i)).inClass(productClass)
                    .offer(wanted, product).need(given).wants(cooperation).build());
        }
        profiles.addAll(buyers);
        profiles.addAll(suppliers);
        link(buyers, suppliers, partners);
        link(suppliers, buyers, partners);
        var buyer = buyers.get(0);
        if (random.nextDouble() < 0.3) {
            profiles.add(company(supplierSector, regionOf(buyer)).inClass(productClass)
                    .offer(wanted, product).need(given).wants(cooperation).build());
        }
        if (random.nextDouble() < 0.6) {
            var echo = buyer.needs().values().iterator().next().keywords();
            profiles.add(company(supplierSector, regions.get(regions.size() - 1))
                    .offer(wanted.component(), new Side(echo, text(OFFER_TEXTS, pick(echo))))
                    .need(otherThan(given)).build());
        }
        if (random.nextDouble() < 0.4) {
            profiles.add(company(supplierSector, regions.get(regions.size() - 2))
                    .offer(neighbourOf(wanted, supplierSector)).need(neighbourOf(given, buyerSector)).build());
        }
    }

    private static void link(List<MatchProfile> companies, List<MatchProfile> partners, Map<UUID, Set<UUID>> links) {
        for (var company : companies) {
            var ids = links.computeIfAbsent(company.companyId(), id -> new HashSet<>());
            partners.forEach(partner -> ids.add(partner.companyId()));
        }
    }

    private String classIn(Sector sector) {
        return pick(codes.naceClassesByDivision().get(pick(sector.naceDivisions())));
    }

    private String productOf(String naceClass) {
        return pick(codes.naceProducts().get(naceClass));
    }

    /** Some of the words of a product, in order, as a buyer might put what the supplier calls it. */
    private String partOf(String product) {
        var words = new ArrayList<>(List.of(product.split(" ")));
        int keep = Math.max(2, (int) Math.round(words.size() * 0.6));
        while (words.size() > keep) {
            words.remove(random.nextInt(words.size()));
        }
        return String.join(" ", words);
    }

    private Region regionOf(MatchProfile profile) {
        return codes.regions().stream().filter(region -> region.code().equals(profile.regionCode())).findFirst().orElseThrow();
    }

    private Sector anySector() {
        return pick(vocabulary.sectors());
    }

    private Region anyRegion() {
        return pick(codes.regions());
    }

    private Capability anyCapability() {
        return pick(anySector().capabilities());
    }

    private Capability otherThan(Capability capability) {
        var other = anyCapability();
        return other == capability ? otherThan(capability) : other;
    }

    private Capability neighbourOf(Capability capability, Sector sector) {
        return sector.capabilities().size() < 2 ? capability : otherThan(capability, sector);
    }

    private Capability otherThan(Capability capability, Sector sector) {
        var other = pick(sector.capabilities());
        return other == capability ? otherThan(capability, sector) : other;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String text(List<String> templates, String wording) {
        var template = pick(templates);
        return texts.computeIfAbsent(template + '\u0000' + wording, key -> capitalised(String.format(template, wording)));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Company company(Sector sector, Region region) {
        return new Company(sector, region);
    }

    /** One company being generated: attributes drawn from its sector and region, sides added by the caller, filler added last. */
    private final class Company {
        private final Sector sector;
        private final Region region;
        private final Map<String, Side> needs = new LinkedHashMap<>();
        private final Map<String, Side> offers = new LinkedHashMap<>();
        private final Set<String> cooperation = new HashSet<>();
        private final Set<String> nace = new HashSet<>();

        Company(Sector sector, Region region) {
            this.sector = sector;
            this.region = region;
            cooperation.add(pick(codes.cooperationTypes()));
            nace.add(classIn(sector));
            if (random.nextDouble() < 0.3) {
                nace.add(classIn(sector));
            }
        }

        Company inClass(String naceClass) {
            nace.add(naceClass);
            return this;
        }

        Company need(Capability capability) {
            return need(capability, random.nextDouble() < 0.4 ? productOf(classIn(anySector())) : null);
        }

        /** A need for a capability, naming the product it is for when there is one. */
        Company need(Capability capability, String product) {
            var component = random.nextDouble() < 0.4 ? "PROCUREMENT" : capability.component();
            needs.putIfAbsent(component, side(capability, product, NEED_TEXTS));
            return this;
        }

        Company offer(Capability capability) {
            return offer(capability, random.nextDouble() < 0.6 ? productOf(pick(List.copyOf(nace))) : null);
        }

        /** An offer of a capability, naming one of the company's products when there is one. */
        Company offer(Capability capability, String product) {
            return offer(capability.component(), side(capability, product, OFFER_TEXTS));
        }

        Company offer(String component, Side side) {
            offers.putIfAbsent(component, side);
            return this;
        }

        Company wants(String cooperationType) {
            if (random.nextDouble() < 0.7) {
                cooperation.add(cooperationType);
            }
            return this;
        }

        /** Two different wordings as keywords, the product, sometimes a generic keyword, and a sentence with a third wording. */
        private Side side(Capability capability, String product, List<String> templates) {
            var wordings = new ArrayList<>(capability.wordings());
            Collections.shuffle(wordings, random);
            var keywords = new ArrayList<>(wordings.subList(0, 2));
            if (product != null) {
                keywords.add(product);
            }
            if (random.nextDouble() < 0.2) {
                keywords.add(pick(GENERIC_KEYWORDS));
            }
            return new Side(keywords, text(templates, wordings.get(2)));
        }

        MatchProfile build() {
            int fillerNeeds = random.nextInt(3);
            for (int i = 0; i < fillerNeeds || needs.isEmpty(); i++) {
                need(anyCapability());
            }
            int fillerOffers = random.nextInt(3);
            for (int i = 0; i < fillerOffers || offers.isEmpty(); i++) {
                offer(random.nextDouble() < 0.6 ? pick(sector.capabilities()) : anyCapability());
            }
            return new MatchProfile(new UUID(random.nextLong(), random.nextLong()), region.country(), region.code(),
                    size(), nace, languages(), s3Domains(), Set.copyOf(region.s3Priorities()), cooperation,
                    targetCountries(), needs, offers);
        }

        private String size() {
            double draw = random.nextDouble();
            for (int i = 0; i < SIZES.size(); i++) {
                draw -= SIZE_SHARES[i];
                if (draw < 0) {
                    return SIZES.get(i);
                }
            }
            return SIZES.get(0);
        }

        private Set<String> languages() {
            var languages = new HashSet<String>();
            languages.add(region.language());
            if (random.nextDouble() < 0.85) {
                languages.add("en");
            }
            if (random.nextDouble() < 0.15) {
                languages.add("de");
            }
            if (random.nextDouble() < 0.1) {
                languages.add("ru");
            }
            return languages;
        }

        private Set<String> s3Domains() {
            var domains = new HashSet<String>();
            domains.add(pick(sector.s3Domains()));
            if (random.nextDouble() < 0.3) {
                domains.add(pick(pick(vocabulary.sectors()).s3Domains()));
            }
            return domains;
        }

        private Set<String> targetCountries() {
            var countries = new HashSet<String>();
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                countries.add(anyRegion().country());
            }
            countries.remove(region.country());
            return countries;
        }
    }
}
