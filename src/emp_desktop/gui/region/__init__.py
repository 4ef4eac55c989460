"""The region a vault serves, as the GUI sets it: a picker of municipalities (map and
list), the Instellingen section and the setup wizard's page. Catalogue: region_nl.ts."""
