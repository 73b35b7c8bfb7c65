"""The Office's periodic reports (quarterly, 6-month, annual, any range): figures, admin screen, exports.

figures.compute() gathers everything into a plain dict; the screen and the DOCX/XLSX/CSV
exporters read only that dict, so a saved snapshot renders and exports without the database.
"""
