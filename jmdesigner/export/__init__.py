"""Client deliverables: the map as a vector PDF (with cover, persona and summary pages), SVG and PNG.

Every exporter draws the same ``MapGeometry`` the canvas shows, laid out with the bundled
font's metrics, so print and screen agree and no text is ever clipped.
"""
