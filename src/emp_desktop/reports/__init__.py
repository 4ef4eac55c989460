"""ReportLab documents and charts: DTOs in, bytes out; no database, no Qt (issue 6).

- `annual.render_annual_report(data, progress)`: the annual report for the municipalities.
- `documents.render_subject_access(data, password)`, `documents.render_handover(data,
  password)`: personal data, AES-256 encrypted PDFs; `container.encrypted_json_container`
  for a portable encrypted JSON file.
- `meeting.render_meeting_agenda(data)`, `meeting.render_meeting_minutes(data)`.
- `geo_map.region_map(...)` / `national_map(...)`: choropleth drawings; `geo_data` holds the
  pure geometry and count classes the Qt map widget reuses.
- `dto`: every input; `sample`: fictitious inputs for previews, tests and the benchmark.
"""
