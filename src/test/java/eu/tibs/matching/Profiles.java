package eu.tibs.matching;

/** Named companies for matching tests. */
final class Profiles {
    private Profiles() {
    }

    /** Needs metal parts cut, offers upholstered furniture. */
    static ProfileBuilder polishFurnitureMaker() {
        return ProfileBuilder.in("PL").nace("31.09")
                .needs("PROCUREMENT", "metal parts cutting")
                .offers("OPERATIONS", "upholstered furniture");
    }

    /** Cuts metal parts with lasers and needs furniture for its showroom: the furniture maker's two-sided match. */
    static ProfileBuilder danishLaserCutter() {
        return ProfileBuilder.in("DK").nace("25.62")
                .offers("OPERATIONS", "laser cutting of metal parts")
                .needs("PROCUREMENT", "upholstered furniture");
    }

    /** Cuts metal as well as the laser cutter, but needs nothing the furniture maker offers: a one-sided match. */
    static ProfileBuilder germanWaterjetCutter() {
        return ProfileBuilder.in("DE").nace("25.62")
                .offers("OPERATIONS", "waterjet cutting of metal parts")
                .needs("MARKETING-SALES", "export distributors");
    }
}
