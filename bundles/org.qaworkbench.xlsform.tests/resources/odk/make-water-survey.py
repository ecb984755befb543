"""Writes water-survey.xlsx: an XLSForm as ODK and KoboToolbox users write it (two languages, metadata, notes,
calculations, a geopoint, a photo, a repeat, constraints), then saved again by LibreOffice as a spreadsheet program
saves it: shared strings, a boolean cell (a TRUE() formula), a date cell (a serial day in a date style).
Run: python3 make-water-survey.py && soffice --headless --convert-to xlsx --outdir out water-survey.xlsx
&& mv out/water-survey.xlsx . (needs openpyxl and LibreOffice)."""
import datetime
from openpyxl import Workbook

book = Workbook()
survey = book.active
survey.title = "survey"
survey.append(["type", "name", "label::English (en)", "label::Français (fr)", "hint::English (en)", "required", "relevant",
               "constraint", "constraint_message::English (en)", "appearance", "calculation", "default"])
rows = [
    ["start", "start"],
    ["end", "end"],
    ["today", "today"],
    ["deviceid", "deviceid"],
    ["note", "intro", "Thank you for taking part.", "Merci de participer."],
    ["begin_group", "household", "Household", "Ménage", None, None, None, None, None, "field-list"],
    ["text", "respondent", "Name of the respondent", "Nom du répondant", "As they give it.", True],
    ["integer", "members", "Number of people in the household", "Nombre de personnes", None, "yes", None, ". > 0",
     "At least one person."],
    ["date", "visit_date", "Date of the visit", "Date de la visite", None, "yes", None, None, None, None, None,
     datetime.date(2024, 11, 5)],
    ["select_one yesno", "has_water", "Does the household have clean water?", "Le ménage a-t-il de l'eau potable ?", None, "yes"],
    ["select_one water_source", "water_source", "Main source of water", "Source principale", None, None, "${has_water} = 'yes'",
     None, None, "minimal"],
    ["select_multiple problems", "water_problems", "Problems with the water", "Problèmes", None, None,
     "selected(${water_source}, 'well') or selected(${water_source}, 'river')"],
    ["calculate", "members_double", None, None, None, None, None, None, None, None, "${members} * 2"],
    ["geopoint", "location", "Where is the household?", "Où est le ménage ?"],
    ["image", "photo", "Photo of the water source", "Photo"],
    ["decimal", "distance", "Distance to the water source (km)", "Distance (km)", None, None, None, ". >= 0", "Not negative."],
    ["end_group"],
    ["begin_repeat", "children", "Children", "Enfants"],
    ["text", "child_name", "Name of the child", "Nom de l'enfant"],
    ["integer", "child_age", "Age of the child", "Âge de l'enfant", None, None, None, ". < 18"],
    ["end_repeat"],
    ["text", "comments", "Any comments", "Commentaires"],
]
for row in rows:
    survey.append(row)

choices = book.create_sheet("choices")
choices.append(["list_name", "name", "label::English (en)", "label::Français (fr)"])
for row in [["yesno", "yes", "Yes", "Oui"], ["yesno", "no", "No", "Non"],
            ["water_source", "tap", "Tap", "Robinet"], ["water_source", "well", "Well", "Puits"], ["water_source", "river", "River", "Rivière"],
            ["problems", "smell", "Smell", "Odeur"], ["problems", "colour", "Colour", "Couleur"], ["problems", "distance", "Too far", "Trop loin"]]:
    choices.append(row)

settings = book.create_sheet("settings")
settings.append(["form_title", "form_id", "default_language", "style"])
settings.append(["Household water survey", "water_survey", "English (en)", "pages"])

book.save("water-survey.xlsx")
