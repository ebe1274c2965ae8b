package eu.tibs.matching.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The sectors of the synthetic companies and the capabilities they need and offer. Each capability has
 * several wordings as companies write them: inflections (stemming finds them), synonyms (some of them in
 * the engine's synonym list, some not) and paraphrases. Wordings of different capabilities share words
 * ("parts", "metal", "systems"), which makes partial overlaps.
 */
public final class Vocabulary {
    private static final String SECTORS = """
            SECTOR METAL | 24 25 28 | ADV-MANUFACTURING
            METAL | OPERATIONS | laser cutting; laser-cut parts; cutting of sheet metal with lasers; laser cut components
            METAL | OPERATIONS | cnc machining; machined parts; precision machining of components; turned and milled parts
            METAL | OPERATIONS | welding; welded assemblies; welding services; robotic welding of steel
            METAL | OPERATIONS | sheet metal bending; bent sheet metal parts; press brake forming; metal folding
            METAL | OPERATIONS | powder coating; powder-coated finishes; surface coating of metal parts; painting of steel parts
            METAL | OPERATIONS | steel fabrication; metal fabrication; metalworking; fabricated steel structures
            METAL | TECHNOLOGY-DEVELOPMENT | industrial robot integration; robotic automation; robot cells; automation of production lines
            METAL | OPERATIONS | aluminium casting; cast aluminum parts; aluminium die castings; foundry services
            METAL | SERVICE | machine maintenance; maintenance of machinery; upkeep of production machines; machine repair
            METAL | OPERATIONS | metal 3d printing; additive manufacturing of metal parts; 3D-printed metal components
            SECTOR WOOD | 16 31 | BIOECONOMY CIRCULAR-ECONOMY
            WOOD | INBOUND-LOGISTICS | timber supply; sawn timber; lumber deliveries; wood supply from sustainable forests
            WOOD | OPERATIONS | furniture production; furniture manufacturing; making of wooden furniture; furnishings production
            WOOD | OPERATIONS | upholstery; upholstered furniture; upholstering of chairs and sofas; soft furniture covers
            WOOD | OPERATIONS | wood pellets; pellet fuel; wooden pellets for heating; biomass pellets
            WOOD | OPERATIONS | cross-laminated timber; clt panels; laminated wood panels; engineered wood elements
            WOOD | TECHNOLOGY-DEVELOPMENT | furniture design; design of furniture; interior furniture concepts; furniture designers
            WOOD | OPERATIONS | kiln drying; timber drying; drying of wood; dried lumber
            WOOD | OPERATIONS | veneer; wood veneers; veneering of panels; veneered boards
            SECTOR FOOD | 10 11 01 03 | BIOECONOMY SMART-HEALTH
            FOOD | OPERATIONS | fish processing; seafood processing; processed fish products; fish fillets
            FOOD | OPERATIONS | dairy products; cheese production; milk products; cheeses and yoghurts
            FOOD | INBOUND-LOGISTICS | organic vegetables; organic produce; vegetable growing; organically grown vegetables
            FOOD | OPERATIONS | berry processing; berry juices; processed berries; wild berry products
            FOOD | OUTBOUND-LOGISTICS | food packaging; packaging of food products; food packing; packed food products
            FOOD | OUTBOUND-LOGISTICS | cold storage; refrigerated warehousing; cold store; chilled storage of goods
            FOOD | OPERATIONS | bakery products; baked goods; bread baking; bakeries
            FOOD | TECHNOLOGY-DEVELOPMENT | functional food; healthy food products; nutraceuticals; food supplements
            FOOD | OPERATIONS | craft beer brewing; brewed beers; brewery; beer production
            FOOD | INBOUND-LOGISTICS | cereal milling; grain milling; flour milling; milled grains
            SECTOR ICT | 62 63 58 | DIGITAL-CYBER
            ICT | TECHNOLOGY-DEVELOPMENT | software development; custom software; application development; software engineering
            ICT | FIRM-INFRASTRUCTURE | cybersecurity audit; security audits; information security audit; penetration testing
            ICT | FIRM-INFRASTRUCTURE | erp implementation; enterprise resource planning; erp systems; erp integration
            ICT | MARKETING-SALES | e-commerce platform; webshop development; online shop; online store setup
            ICT | TECHNOLOGY-DEVELOPMENT | iot sensors; internet things solutions; connected sensors; iot platforms
            ICT | TECHNOLOGY-DEVELOPMENT | data analytics; big data analysis; analytics dashboards; business intelligence
            ICT | TECHNOLOGY-DEVELOPMENT | artificial intelligence; ai solutions; machine learning models; ai-based image recognition
            ICT | FIRM-INFRASTRUCTURE | cloud hosting; cloud services; hosted servers; cloud infrastructure
            ICT | TECHNOLOGY-DEVELOPMENT | mobile apps; mobile applications; app development for smartphones; ios and android apps
            SECTOR LOGISTICS | 49 52 | SMART-CITIES
            LOGISTICS | OUTBOUND-LOGISTICS | road freight transport; road haulage; trucking; freight forwarding by truck
            LOGISTICS | OUTBOUND-LOGISTICS | warehousing; warehouse services; storage of goods; warehouses
            LOGISTICS | OUTBOUND-LOGISTICS | customs clearance; customs brokerage; customs services; customs declarations
            LOGISTICS | OUTBOUND-LOGISTICS | last-mile delivery; parcel delivery; courier services; home delivery of parcels
            LOGISTICS | OUTBOUND-LOGISTICS | cold chain logistics; temperature-controlled transport; refrigerated transport; reefer trucks
            LOGISTICS | OUTBOUND-LOGISTICS | sea freight; container shipping; shipping by sea; ocean freight
            SECTOR ENERGY | 35 36 37 38 | RESOURCE-EFFICIENCY CIRCULAR-ECONOMY WATER
            ENERGY | OPERATIONS | solar panel installation; photovoltaic systems; pv installation; solar power plants
            ENERGY | OPERATIONS | heat pumps; heat pump installation; geothermal heating; air-to-water heat pumps
            ENERGY | OPERATIONS | biogas plants; anaerobic digestion; biogas production; biomethane
            ENERGY | OPERATIONS | plastic recycling; recycled plastics; plastics reprocessing; recycled polymer granulate
            ENERGY | OPERATIONS | wastewater treatment; sewage treatment; effluent treatment; water purification plants
            ENERGY | FIRM-INFRASTRUCTURE | energy audits; energy efficiency audit; energy consulting; energy saving assessments
            ENERGY | TECHNOLOGY-DEVELOPMENT | water monitoring; water quality sensors; water testing; monitoring of water quality
            ENERGY | OPERATIONS | battery storage; energy storage systems; batteries for solar; storage of electricity
            SECTOR HEALTH | 21 32 86 | SMART-HEALTH
            HEALTH | OPERATIONS | medical devices; medical equipment; medical instruments; devices for hospitals
            HEALTH | TECHNOLOGY-DEVELOPMENT | clinical trials; clinical testing; clinical studies; clinical validation
            HEALTH | SERVICE | telemedicine; remote patient monitoring; e-health platform; online consultations for patients
            HEALTH | TECHNOLOGY-DEVELOPMENT | laboratory testing; lab analysis; lab tests; laboratory analyses
            HEALTH | OPERATIONS | rehabilitation equipment; rehab devices; assistive technology; rehabilitation aids
            HEALTH | SERVICE | elderly care technology; welfare technology; ageing care solutions; technology for senior care
            SECTOR TEXTILE | 13 14 | CIRCULAR-ECONOMY ADV-MANUFACTURING
            TEXTILE | OPERATIONS | technical textiles; functional fabrics; technical fabrics; performance textiles
            TEXTILE | OPERATIONS | garment sewing; clothing manufacturing; apparel production; sewing of garments
            TEXTILE | OPERATIONS | textile recycling; recycled textiles; fibre recycling; reuse of textile waste
            TEXTILE | OPERATIONS | workwear; protective clothing; work uniforms; safety garments
            TEXTILE | OPERATIONS | embroidery; embroidered logos; textile printing; printing on garments
            SECTOR ELECTRONICS | 26 27 | ADV-MANUFACTURING DIGITAL-CYBER
            ELECTRONICS | OPERATIONS | pcb assembly; printed circuit board assembly; electronics assembly; smt assembly of boards
            ELECTRONICS | OPERATIONS | cable harnesses; wire harness; cable assembly; wiring harnesses
            ELECTRONICS | TECHNOLOGY-DEVELOPMENT | embedded systems; embedded software; firmware development; embedded electronics design
            ELECTRONICS | OPERATIONS | led lighting; led luminaires; lighting systems; led lamps
            ELECTRONICS | OPERATIONS | electric motors; motor production; electric drives; motors and drives
            ELECTRONICS | OPERATIONS | sensor systems; measurement sensors; sensing devices; sensors for industry
            SECTOR SERVICES | 69 70 73 74 78 85 | DIGITAL-CYBER SMART-CITIES
            SERVICES | MARKETING-SALES | export distribution; distributors abroad; foreign distributors; sales agents in export markets
            SERVICES | MARKETING-SALES | digital marketing; online marketing; social media marketing; marketing campaigns online
            SERVICES | MARKETING-SALES | trade fair presence; exhibitions; trade shows; exhibition stands
            SERVICES | HUMAN-RESOURCES | staff training; employee training; workforce upskilling; training courses for workers
            SERVICES | HUMAN-RESOURCES | recruitment of engineers; engineer hiring; technical staffing; engineers recruited
            SERVICES | FIRM-INFRASTRUCTURE | iso 9001 certification; quality management certification; quality certification; certified quality system
            SERVICES | FIRM-INFRASTRUCTURE | export financing; trade finance; funding for export; financing of exports
            SERVICES | FIRM-INFRASTRUCTURE | legal advice; legal services; contract law advice; lawyers for contracts
            SERVICES | TECHNOLOGY-DEVELOPMENT | product design; industrial design; design of products; designers of consumer products
            SERVICES | TECHNOLOGY-DEVELOPMENT | prototyping; prototype development; rapid prototypes; prototypes built
            """;

    private final List<Sector> sectors;

    private Vocabulary(List<Sector> sectors) {
        this.sectors = sectors;
    }

    public static Vocabulary standard() {
        var sectors = new LinkedHashMap<String, Sector>();
        for (var line : SECTORS.strip().split("\n")) {
            var fields = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            if (fields[0].startsWith("SECTOR ")) {
                var name = fields[0].substring("SECTOR ".length());
                sectors.put(name, new Sector(name, List.of(fields[1].split(" ")), List.of(fields[2].split(" ")), new ArrayList<>()));
            } else {
                var sector = sectors.get(fields[0]);
                var wordings = Arrays.stream(fields[2].split(";")).map(String::strip).toList();
                sector.capabilities().add(new Capability(sector.name(), fields[1], wordings));
            }
        }
        return new Vocabulary(List.copyOf(sectors.values()));
    }

    public List<Sector> sectors() {
        return sectors;
    }

    /** A line of business: its NACE divisions, S3 domains and the capabilities its companies have. */
    public record Sector(String name, List<String> naceDivisions, List<String> s3Domains, List<Capability> capabilities) {
    }

    /** Something a company can need or offer, in the value-chain component where it is usually offered. */
    public record Capability(String sector, String component, List<String> wordings) {
    }
}
