-- The workspace lists companies by name within the caller's regions, a page at a time; these keep that an index scan.
create index ix_company_region_name on company (region_code, legal_name);
create index ix_company_name on company (legal_name);
