<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Accessible</name>
        <message>
            <source>Renaming a lane</source>
            <translation>Bahn wird umbenannt</translation>
        </message>
        <message>
            <source>Renaming a stage</source>
            <translation>Phase wird umbenannt</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>Neue Karte</translation>
        </message>
        <message>
            <source>Editing a card</source>
            <translation>Karte wird bearbeitet</translation>
        </message>
        <message>
            <source>New card in {stage}, {lane}</source>
            <translation>Neue Karte in {stage}, {lane}</translation>
        </message>
        <message>
            <source>Editing {card}</source>
            <translation>Bearbeiten: {card}</translation>
        </message>
        <message>
            <source>Renaming {stage}</source>
            <translation>Umbenennen: {stage}</translation>
        </message>
        <message>
            <source>Renaming {lane}</source>
            <translation>Umbenennen: {lane}</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>Journey map {title}</source>
            <translation>Journey Map {title}</translation>
        </message>
    </context>
    <context>
        <name>AccessibleNames</name>
        <message>
            <source>More toolbar buttons</source>
            <translation>Weitere Werkzeugleisten-Schaltflächen</translation>
        </message>
        <message>
            <source>More menus</source>
            <translation>Weitere Menüs</translation>
        </message>
        <message>
            <source>Clear {field}</source>
            <translation>{field} leeren</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>Create a new file from a template</source>
            <translation>Eine neue Datei aus einer Vorlage anlegen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a journey map file</source>
            <translation>Eine Journey-Map-Datei öffnen</translation>
        </message>
        <message>
            <source>Open &amp;Team Library…</source>
            <translation>&amp;Team-Bibliothek öffnen…</translation>
        </message>
        <message>
            <source>Maps and personas shared on a PostgreSQL server</source>
            <translation>Maps und Personas, geteilt auf einem PostgreSQL-Server</translation>
        </message>
        <message>
            <source>Save a Copy to a Team &amp;Library…</source>
            <translation>Kopie in Team-Bibliot&amp;hek speichern…</translation>
        </message>
        <message>
            <source>Publish every map, persona and named version of this document into a team library</source>
            <translation>Alle Maps, Personas und benannten Versionen dieses Dokuments in einer Team-Bibliothek veröffentlichen</translation>
        </message>
        <message>
            <source>S&amp;ave</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Every change is saved as you make it; this says where</source>
            <translation>Jede Änderung wird sofort gespeichert; dies sagt, wo</translation>
        </message>
        <message>
            <source>Save a Cop&amp;y…</source>
            <translation>&amp;Kopie speichern unter…</translation>
        </message>
        <message>
            <source>Write a copy of this file under another name; keep editing this one</source>
            <translation>Eine Kopie dieser Datei unter anderem Namen schreiben; hier weiterarbeiten</translation>
        </message>
        <message>
            <source>Restore from &amp;Backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Open an automatic backup of this file as a new file</source>
            <translation>Eine automatische Sicherung dieser Datei als neue Datei öffnen</translation>
        </message>
        <message>
            <source>Import from &amp;Spreadsheet…</source>
            <translation>Aus Tabellen&amp;datei importieren…</translation>
        </message>
        <message>
            <source>Cards or survey scores from a CSV or Excel file</source>
            <translation>Karten oder Umfragewerte aus einer CSV- oder Excel-Datei</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>A journey from jmdesigner JSON, Ptolemy .ojf, a GOV.UK step-by-step, Mermaid or Markdown</source>
            <translation>Eine Journey aus jmdesigner-JSON, Ptolemy .ojf, einem GOV.UK-Step-by-Step, Mermaid oder Markdown</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>PDF for clients, PNG, SVG or a spreadsheet</source>
            <translation>PDF für Kunden, PNG, SVG oder eine Tabelle</translation>
        </message>
        <message>
            <source>Export Map as Sprea&amp;dsheet…</source>
            <translation>Map als Tabelle e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export Map as &amp;JSON…</source>
            <translation>Map als &amp;JSON exportieren…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <source>Paste &amp;Journey as New Map</source>
            <translation>&amp;Journey als neue Map einfügen</translation>
        </message>
        <message>
            <source>A Mermaid journey (or another importable text) from the clipboard, as a new map</source>
            <translation>Eine Mermaid-Journey (oder anderer importierbarer Text) aus der Zwischenablage, als neue Map</translation>
        </message>
        <message>
            <source>Dupl&amp;icate</source>
            <translation>D&amp;uplizieren</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected cards, emotion point, stage or lane</source>
            <translation>Die ausgewählten Karten, den Emotionspunkt, die Phase oder die Bahn löschen</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Alles &amp;markieren</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Find cards in all maps</source>
            <translation>Karten in allen Maps suchen</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>An &amp;Fenster anpassen</translation>
        </message>
        <message>
            <source>&amp;Workshop Mode</source>
            <translation>&amp;Workshop-Modus</translation>
        </message>
        <message>
            <source>Full screen for a projector: stage focus, timer, dot voting</source>
            <translation>Vollbild für den Beamer: Phasenfokus, Timer, Punktabstimmung</translation>
        </message>
        <message>
            <source>Invite the &amp;Room…</source>
            <translation>Den &amp;Raum einladen…</translation>
        </message>
        <message>
            <source>Participants add notes, vote and rate feelings from their phones on this network</source>
            <translation>Teilnehmende fügen Notizen hinzu, stimmen ab und bewerten Gefühle mit ihren Handys in diesem Netzwerk</translation>
        </message>
        <message>
            <source>&amp;Accept Selected Room Notes</source>
            <translation>Ausgewählte Raum-Notizen &amp;annehmen</translation>
        </message>
        <message>
            <source>Keep the selected notes from the room as ordinary cards (their “Room” mark goes)</source>
            <translation>Die ausgewählten Notizen aus dem Raum als normale Karten behalten (ihre „Raum“-Markierung verschwindet)</translation>
        </message>
        <message>
            <source>&amp;End the Workshop…</source>
            <translation>Workshop &amp;beenden…</translation>
        </message>
        <message>
            <source>Thank the phones and take no more notes; what they sent stays on the map, and a room opened later gets a new link</source>
            <translation>Den Handys danken und keine Notizen mehr annehmen; was sie gesendet haben, bleibt auf der Map, und ein später geöffneter Raum bekommt einen neuen Link</translation>
        </message>
        <message>
            <source>Next &amp;Panel</source>
            <translation>&amp;Nächster Bereich</translation>
        </message>
        <message>
            <source>Move the keyboard to the next panel</source>
            <translation>Die Tastatur in den nächsten Bereich bewegen</translation>
        </message>
        <message>
            <source>Pre&amp;vious Panel</source>
            <translation>&amp;Vorheriger Bereich</translation>
        </message>
        <message>
            <source>Move the keyboard to the previous panel</source>
            <translation>Die Tastatur in den vorherigen Bereich bewegen</translation>
        </message>
        <message>
            <source>Compare with &amp;Current State</source>
            <translation>Mit &amp;Ist-Zustand vergleichen</translation>
        </message>
        <message>
            <source>This future-state map against the map it reworks</source>
            <translation>Diese Soll-Map gegen die Map, die sie überarbeitet</translation>
        </message>
        <message>
            <source>Compare &amp;With…</source>
            <translation>Vergleichen &amp;mit…</translation>
        </message>
        <message>
            <source>This map and another side by side: curves, changes, links</source>
            <translation>Diese Map und eine andere nebeneinander: Kurven, Änderungen, Verknüpfungen</translation>
        </message>
        <message>
            <source>P&amp;ortfolio Overview</source>
            <translation>P&amp;ortfolio-Übersicht</translation>
        </message>
        <message>
            <source>Every map: state, curves, pain points answered, votes</source>
            <translation>Alle Maps: Zustand, Kurven, beantwortete Pain Points, Stimmen</translation>
        </message>
        <message>
            <source>&amp;Versions…</source>
            <translation>&amp;Versionen…</translation>
        </message>
        <message>
            <source>Save, compare and restore named versions of this map</source>
            <translation>Benannte Versionen dieser Map speichern, vergleichen und wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Personas…</source>
            <translation>&amp;Personas…</translation>
        </message>
        <message>
            <source>Edit the file's personas</source>
            <translation>Die Personas der Datei bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Every key of jmdesigner on one page</source>
            <translation>Alle Tasten von jmdesigner auf einer Seite</translation>
        </message>
        <message>
            <source>&amp;About jmdesigner</source>
            <translation>Ü&amp;ber jmdesigner</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>W&amp;orkshop</source>
            <translation>W&amp;orkshop</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;Map</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
    </context>
    <context>
        <name>Address</name>
        <message>
            <source>A library URL has no “#” part; check the address.</source>
            <translation>Eine Bibliotheksadresse hat keinen „#“-Teil; prüfen Sie die Adresse.</translation>
        </message>
        <message>
            <source>{url} has a port that is not a number.</source>
            <translation>{url} hat einen Port, der keine Zahl ist.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>--size must be between 200x200 and 10000x10000.</source>
            <translation>--size muss zwischen 200x200 und 10000x10000 liegen.</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Datei kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Could not write the screenshot {screenshot}.</source>
            <translation>Das Bildschirmfoto {screenshot} konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>--size must look like 1600x1000, not “{text}”.</source>
            <translation>--size muss wie 1600x1000 aussehen, nicht „{text}“.</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer anzeigen und beenden</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit Argument %s erlaubt</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist nötig</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>when opened</source>
            <translation>beim Öffnen</translation>
        </message>
        <message>
            <source>while editing</source>
            <translation>beim Bearbeiten</translation>
        </message>
        <message>
            <source>on request</source>
            <translation>auf Wunsch</translation>
        </message>
        <message>
            <source>Restore backup as</source>
            <translation>Sicherung wiederherstellen als</translation>
        </message>
        <message>
            <source>Journey maps (*.jmap)</source>
            <translation>Journey Maps (*.jmap)</translation>
        </message>
        <message>
            <source>Restore as…</source>
            <translation>Wiederherstellen als…</translation>
        </message>
        <message>
            <source>Backups are kept in jmdesigner's own folder: the last 10, and one a day for a week. A backup is restored as a new file; your document stays as it is.</source>
            <translation>Sicherungen liegen im eigenen Ordner von jmdesigner: die letzten 10 und eine pro Tag für eine Woche. Eine Sicherung wird als neue Datei wiederhergestellt; Ihr Dokument bleibt, wie es ist.</translation>
        </message>
        <message>
            <source>{name} (backup {stamp})</source>
            <translation>{name} (Sicherung {stamp})</translation>
        </message>
        <message>
            <source>before the update to format {version}</source>
            <translation>vor der Umstellung auf Format {version}</translation>
        </message>
        <message>
            <source>Restore {name} from a backup</source>
            <translation>{name} aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>There are no backups of {name} yet.</source>
            <translation>Von {name} gibt es noch keine Sicherungen.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>{file} already exists; restore the backup under a new name.</source>
            <translation>{file} existiert bereits; stellen Sie die Sicherung unter einem neuen Namen wieder her.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it or choose another.</source>
            <translation>Der Ordner {folder} existiert nicht; legen Sie ihn an oder wählen Sie einen anderen.</translation>
        </message>
    </context>
    <context>
        <name>Blueprint</name>
        <message>
            <source>Line of interaction</source>
            <translation>Interaktionslinie</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>Sichtbarkeitslinie</translation>
        </message>
        <message>
            <source>Line of internal interaction</source>
            <translation>Linie der internen Interaktion</translation>
        </message>
    </context>
    <context>
        <name>BlueprintItem</name>
        <message>
            <source>Physical evidence (above the line of interaction)</source>
            <translation>Physische Belege (über der Interaktionslinie)</translation>
        </message>
        <message>
            <source>Customer actions (above the line of interaction)</source>
            <translation>Kundenaktionen (über der Interaktionslinie)</translation>
        </message>
        <message>
            <source>Frontstage (below interaction, above visibility)</source>
            <translation>Frontstage (unter Interaktion, über Sichtbarkeit)</translation>
        </message>
        <message>
            <source>Backstage (below visibility, above internal interaction)</source>
            <translation>Backstage (unter Sichtbarkeit, über interner Interaktion)</translation>
        </message>
        <message>
            <source>Support processes (below internal interaction)</source>
            <translation>Unterstützungsprozesse (unter interner Interaktion)</translation>
        </message>
        <message>
            <source>Blueprint Layer</source>
            <translation>Blueprint-Ebene</translation>
        </message>
    </context>
    <context>
        <name>BoundedRead</name>
        <message>
            <source>a file to import</source>
            <translation>eine Datei zum Importieren</translation>
        </message>
        <message>
            <source>a .csv or .xlsx spreadsheet</source>
            <translation>eine .csv- oder .xlsx-Tabelle</translation>
        </message>
        <message>
            <source>{file} is larger than {size:.0f} MB, more than {kind} jmdesigner imports; it was not read.</source>
            <translation>{file} ist größer als {size:.0f} MB, mehr als jmdesigner für {kind} annimmt; die Datei wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>{file} is not a regular file (a pipe, device or socket); name {kind}.</source>
            <translation>{file} ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket); geben Sie {kind} an.</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name and the folder.</source>
            <translation>{path} existiert nicht. Prüfen Sie den Namen und den Ordner.</translation>
        </message>
        <message>
            <source>{file} cannot be read ({detail}).</source>
            <translation>{file} kann nicht gelesen werden ({detail}).</translation>
        </message>
        <message>
            <source>{file} is not a regular file; name {kind}.</source>
            <translation>{file} ist keine gewöhnliche Datei; geben Sie {kind} an.</translation>
        </message>
        <message>
            <source>{path} is a folder; name {kind}.</source>
            <translation>{path} ist ein Ordner; geben Sie {kind} an.</translation>
        </message>
    </context>
    <context>
        <name>Bundle</name>
        <message>
            <source>{title} — future state</source>
            <translation>{title} — Soll-Zustand</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (Kopie)</translation>
        </message>
        <message>
            <source>current state</source>
            <translation>Ist-Zustand</translation>
        </message>
    </context>
    <context>
        <name>CardCommands</name>
        <message>
            <source>Move card</source>
            <translation>Karte verschieben</translation>
        </message>
        <message numerus="yes">
            <source>Move %n cards</source>
            <translation>
                <numerusform>%n Karte verschieben</numerusform>
                <numerusform>%n Karten verschieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardMatch</name>
        <message>
            <source>{added} added, {removed} removed, {changed} changed</source>
            <translation>{added} neu, {removed} entfernt, {changed} geändert</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>check a document's integrity; exit 0 when healthy</source>
            <translation>die Integrität eines Dokuments prüfen; Exit-Status 0, wenn es in Ordnung ist</translation>
        </message>
        <message>
            <source>a .jmap file or a postgresql:// library URL</source>
            <translation>eine .jmap-Datei oder die URL einer postgresql://-Bibliothek</translation>
        </message>
        <message>
            <source>{name}: healthy (file format {version}).</source>
            <translation>{name}: in Ordnung (Dateiformat {version}).</translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n integrity problem(s); restore it from a backup.</source>
            <translation>
                <numerusform>{name} hat %n Integritätsproblem; stellen Sie die Datei aus einer Sicherung wieder her.</numerusform>
                <numerusform>{name} hat %n Integritätsprobleme; stellen Sie die Datei aus einer Sicherung wieder her.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n jmdesigner desktop file(s) from {folder}.</source>
            <translation>
                <numerusform>%n Desktop-Datei von jmdesigner aus {folder} entfernt.</numerusform>
                <numerusform>%n Desktop-Dateien von jmdesigner aus {folder} entfernt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installed the jmdesigner menu entry, icon and .jmap file type (%n file(s)):</source>
            <translation>
                <numerusform>Menüeintrag, Symbol und .jmap-Dateityp von jmdesigner installiert (%n Datei):</numerusform>
                <numerusform>Menüeintrag, Symbol und .jmap-Dateityp von jmdesigner installiert (%n Dateien):</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot import into {name}: {reason}.</source>
            <translation>In {name} kann nicht importiert werden: {reason}.</translation>
        </message>
        <message>
            <source>{name} has no maps yet. Add one with “jmdesigner import” or in the app.</source>
            <translation>{name} hat noch keine Maps. Fügen Sie eine mit „jmdesigner import“ oder in der App hinzu.</translation>
        </message>
        <message>
            <source>{name} has no map titled “{title}”. Its maps: {maps}.</source>
            <translation>{name} hat keine Map mit dem Titel „{title}“. Ihre Maps: {maps}.</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>„{title}“</translation>
        </message>
        <message>
            <source>Could not write the output: the disk is full.</source>
            <translation>Die Ausgabe konnte nicht geschrieben werden: Der Datenträger ist voll.</translation>
        </message>
        <message>
            <source>Could not write the output: the disk quota is used up.</source>
            <translation>Die Ausgabe konnte nicht geschrieben werden: Das Speicherkontingent ist aufgebraucht.</translation>
        </message>
        <message>
            <source>Could not write the output: the file is too large for the device.</source>
            <translation>Die Ausgabe konnte nicht geschrieben werden: Die Datei ist zu groß für den Datenträger.</translation>
        </message>
        <message>
            <source>Could not write the output: the device reported a read or write error.</source>
            <translation>Die Ausgabe konnte nicht geschrieben werden: Der Datenträger meldet einen Lese- oder Schreibfehler.</translation>
        </message>
        <message>
            <source>Could not write the output: the device is read-only.</source>
            <translation>Die Ausgabe konnte nicht geschrieben werden: Der Datenträger ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Design customer journey maps.</source>
            <translation>Customer Journey Maps gestalten.</translation>
        </message>
        <message>
            <source>write a map to OUT (.json, .csv, .xlsx, .pdf, .png, .svg, .mmd/.mermaid or .md)</source>
            <translation>eine Map nach OUT schreiben (.json, .csv, .xlsx, .pdf, .png, .svg, .mmd/.mermaid oder .md)</translation>
        </message>
        <message>
            <source>which map (default: the first)</source>
            <translation>welche Map (Standard: die erste)</translation>
        </message>
        <message>
            <source>PDF: every map of the document</source>
            <translation>PDF: alle Maps des Dokuments</translation>
        </message>
        <message>
            <source>PDF page: A4, A3, A2, A1, A0, letter or tabloid (default A3)</source>
            <translation>PDF-Seite: A4, A3, A2, A1, A0, letter oder tabloid (Standard A3)</translation>
        </message>
        <message>
            <source>PDF pages upright (default for a map taller than wide)</source>
            <translation>PDF-Seiten im Hochformat (Standard für eine Map, die höher als breit ist)</translation>
        </message>
        <message>
            <source>PDF pages sideways (default for a map wider than tall)</source>
            <translation>PDF-Seiten im Querformat (Standard für eine Map, die breiter als hoch ist)</translation>
        </message>
        <message>
            <source>PDF: a poster across several pages at --scale</source>
            <translation>PDF: ein Poster über mehrere Seiten in --scale</translation>
        </message>
        <message>
            <source>PDF: the map on one large page at --scale</source>
            <translation>PDF: die Map auf einer großen Seite in --scale</translation>
        </message>
        <message>
            <source>tile overlap (default 10 mm)</source>
            <translation>Überlappung der Kacheln (Standard 10 mm)</translation>
        </message>
        <message>
            <source>tiles/plotter: points per map unit (default 1)</source>
            <translation>Kacheln/Plotter: Punkte je Map-Einheit (Standard 1)</translation>
        </message>
        <message>
            <source>PDF: leave out the cover</source>
            <translation>PDF: ohne Deckblatt</translation>
        </message>
        <message>
            <source>PDF: no persona pages</source>
            <translation>PDF: keine Persona-Seiten</translation>
        </message>
        <message>
            <source>PDF: no summary pages</source>
            <translation>PDF: keine Zusammenfassungsseiten</translation>
        </message>
        <message>
            <source>PDF: add a “Current vs future” page comparing the map with the one it reworks (or with OTHER_TITLE); with --all, every future-state map with the map it reworks</source>
            <translation>PDF: eine Seite „Ist vs. Soll“ anfügen, die die Map mit der Map vergleicht, die sie überarbeitet (oder mit OTHER_TITLE); mit --all jede Soll-Map mit der Map, die sie überarbeitet</translation>
        </message>
        <message>
            <source>PDF cover and metadata: the document's title (default: the map's; with --all, “Customer journey maps”)</source>
            <translation>PDF-Deckblatt und Metadaten: der Titel des Dokuments (Standard: der der Map; mit --all „Customer Journey Maps“)</translation>
        </message>
        <message>
            <source>PDF cover: the client</source>
            <translation>PDF-Deckblatt: der Kunde</translation>
        </message>
        <message>
            <source>PDF cover and metadata: who prepared it</source>
            <translation>PDF-Deckblatt und Metadaten: wer es erstellt hat</translation>
        </message>
        <message>
            <source>PDF cover: version</source>
            <translation>PDF-Deckblatt: Version</translation>
        </message>
        <message>
            <source>PNG resolution (default 150)</source>
            <translation>PNG-Auflösung (Standard 150)</translation>
        </message>
        <message>
            <source>for .csv/.xlsx: one row per card (long, default)</source>
            <translation>für .csv/.xlsx: eine Zeile je Karte (long, Standard)</translation>
        </message>
        <message>
            <source>--all works with PDF only; export one map at a time to the other formats.</source>
            <translation>--all gibt es nur für PDF; exportieren Sie in die anderen Formate eine Map nach der anderen.</translation>
        </message>
        <message>
            <source>--compare works with PDF only.</source>
            <translation>--compare gibt es nur für PDF.</translation>
        </message>
        <message>
            <source>--compare OTHER_TITLE compares one map: use it with --map, not --all.</source>
            <translation>--compare OTHER_TITLE vergleicht eine Map: Verwenden Sie es mit --map, nicht mit --all.</translation>
        </message>
        <message>
            <source>one page of {page} {orientation}, card text {size:g} pt</source>
            <translation>eine Seite {page} {orientation}, Kartentext {size:g} pt</translation>
        </message>
        <message numerus="yes">
            <source>a poster of %n page(s) of {page} {orientation} to join (and an assembly overview), card text {size:g} pt</source>
            <translation>
                <numerusform>ein Poster aus %n Seite {page} {orientation} zum Zusammenkleben (und einer Montageübersicht), Kartentext {size:g} pt</numerusform>
                <numerusform>ein Poster aus %n Seiten {page} {orientation} zum Zusammenkleben (und einer Montageübersicht), Kartentext {size:g} pt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>posters of %n page(s) of {page} {orientation} in all to join (and an assembly overview per map), card text {size:g} pt</source>
            <translation>
                <numerusform>Poster aus insgesamt %n Seite {page} {orientation} zum Zusammenkleben (und einer Montageübersicht je Map), Kartentext {size:g} pt</numerusform>
                <numerusform>Poster aus insgesamt %n Seiten {page} {orientation} zum Zusammenkleben (und einer Montageübersicht je Map), Kartentext {size:g} pt</numerusform>
            </translation>
        </message>
        <message>
            <source>one page of {page} {orientation} for each map and each comparison, card text at least {size:g} pt</source>
            <translation>eine Seite {page} {orientation} für jede Map und jeden Vergleich, Kartentext mindestens {size:g} pt</translation>
        </message>
        <message>
            <source>the comparison on one page of {page}, card text {size:g} pt</source>
            <translation>der Vergleich auf einer Seite {page}, Kartentext {size:g} pt</translation>
        </message>
        <message>
            <source>{name} is the document itself; export to another name.</source>
            <translation>{name} ist das Dokument selbst; exportieren Sie unter einem anderen Namen.</translation>
        </message>
        <message>
            <source>Cannot export to “{target}”: this version writes {suffixes} files.</source>
            <translation>Export nach „{target}“ nicht möglich: Diese Version schreibt Dateien mit {suffixes}.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it or choose another.</source>
            <translation>Der Ordner {folder} existiert nicht; legen Sie ihn an oder wählen Sie einen anderen.</translation>
        </message>
        <message>
            <source>No page up to A0 prints the comparison readable: its cards read on each map's own pages (export the maps without --compare).</source>
            <translation>Keine Seite bis A0 druckt den Vergleich lesbar: Seine Karten sind auf den eigenen Seiten jeder Map lesbar (exportieren Sie die Maps ohne --compare).</translation>
        </message>
        <message>
            <source>“{title}” does not rework a current-state map; name the map to compare it with: --compare OTHER_TITLE.</source>
            <translation>„{title}“ überarbeitet keine Ist-Map; nennen Sie die Map, mit der verglichen werden soll: --compare OTHER_TITLE.</translation>
        </message>
        <message>
            <source>For card text of at least {least:g} pt, run one of:</source>
            <translation>Für Kartentext von mindestens {least:g} pt führen Sie einen dieser Befehle aus:</translation>
        </message>
        <message>
            <source>For card text of at least {least:g} pt, run:</source>
            <translation>Für Kartentext von mindestens {least:g} pt führen Sie aus:</translation>
        </message>
        <message>
            <source>“{title}” cannot be compared with itself; name another map after --compare.</source>
            <translation>„{title}“ kann nicht mit sich selbst verglichen werden; nennen Sie nach --compare eine andere Map.</translation>
        </message>
        <message>
            <source>“{name}” is neither a command ({verbs}) nor an existing file.</source>
            <translation>„{name}“ ist weder ein Befehl ({verbs}) noch eine vorhandene Datei.</translation>
        </message>
        <message>
            <source>Run “jmdesigner COMMAND --help” for a command's options.</source>
            <translation>Die Optionen eines Befehls zeigt „jmdesigner BEFEHL --help“.</translation>
        </message>
        <message>
            <source>{file} does not exist. Create it with “jmdesigner new {file}”.</source>
            <translation>{file} existiert nicht. Legen Sie die Datei mit „jmdesigner new {file}“ an.</translation>
        </message>
        <message>
            <source>Qt's own options (-style NAME, -platform NAME, -reverse…) are passed to Qt.</source>
            <translation>Die Optionen von Qt (-style NAME, -platform NAME, -reverse…) werden an Qt weitergegeben.</translation>
        </message>
        <message>
            <source>a .jmap document or a postgresql:// team library to open</source>
            <translation>ein .jmap-Dokument oder eine postgresql://-Team-Bibliothek zum Öffnen</translation>
        </message>
        <message>
            <source>render the window to a PNG and exit</source>
            <translation>das Fenster als PNG speichern und beenden</translation>
        </message>
        <message>
            <source>window size for --screenshot</source>
            <translation>Fenstergröße für --screenshot</translation>
        </message>
        <message>
            <source>add jmdesigner to this user's application menu and open .jmap files with it</source>
            <translation>jmdesigner in das Anwendungsmenü dieses Benutzers aufnehmen und .jmap-Dateien damit öffnen</translation>
        </message>
        <message>
            <source>remove what --install-desktop added</source>
            <translation>entfernen, was --install-desktop hinzugefügt hat</translation>
        </message>
        <message>
            <source>print a shell completion script (eval "$(jmdesigner --completion bash)")</source>
            <translation>ein Skript zur Vervollständigung in der Shell ausgeben (eval "$(jmdesigner --completion bash)")</translation>
        </message>
        <message>
            <source>the language of the window ({codes}); default: the system's</source>
            <translation>die Sprache des Fensters ({codes}); Standard: die des Systems</translation>
        </message>
        <message>
            <source>commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <source>add a map from .json, .ojf (Ptolemy), GOV.UK step-by-step JSON, .mmd/.mermaid or .md, cards/scores from a .csv/.xlsx, or every map and persona of a .jmap or library (creates FILE if needed)</source>
            <translation>eine Map aus .json, .ojf (Ptolemy), GOV.UK-Step-by-Step-JSON, .mmd/.mermaid oder .md, Karten/Werte aus einer .csv/.xlsx oder alle Maps und Personas einer .jmap oder Bibliothek hinzufügen (legt FILE bei Bedarf an)</translation>
        </message>
        <message>
            <source>a file to import, a .jmap file or a library URL</source>
            <translation>eine zu importierende Datei, eine .jmap-Datei oder die URL einer Bibliothek</translation>
        </message>
        <message>
            <source>--map, --layout, --emotions and --scale are for .csv and .xlsx sources.</source>
            <translation>--map, --layout, --emotions und --scale gelten für .csv- und .xlsx-Quellen.</translation>
        </message>
        <message>
            <source>Imported {format}: {summary}.</source>
            <translation>{format} importiert: {summary}.</translation>
        </message>
        <message>
            <source>The source and the target are the same document; nothing to import.</source>
            <translation>Quelle und Ziel sind dasselbe Dokument; es gibt nichts zu importieren.</translation>
        </message>
        <message>
            <source>Imported {maps}, {personas} and {versions} from {source} into {target}.</source>
            <translation>Aus {source} in {target} importiert: {maps}, {personas} und {versions}.</translation>
        </message>
        <message numerus="yes">
            <source>%n map(s)</source>
            <translation>
                <numerusform>%n Map</numerusform>
                <numerusform>%n Maps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new persona(s)</source>
            <translation>
                <numerusform>%n neue Persona</numerusform>
                <numerusform>%n neue Personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n named version(s)</source>
            <translation>
                <numerusform>%n benannte Version</numerusform>
                <numerusform>%n benannte Versionen</numerusform>
            </translation>
        </message>
        <message>
            <source>print a JSON summary of a document</source>
            <translation>eine JSON-Zusammenfassung eines Dokuments ausgeben</translation>
        </message>
        <message>
            <source>argument --lang: choose one of {codes}, not “{text}”</source>
            <translation>Argument --lang: wählen Sie eines von {codes}, nicht „{text}“</translation>
        </message>
        <message>
            <source>create a new document, optionally with one map from a template</source>
            <translation>ein neues Dokument anlegen, auf Wunsch mit einer Map aus einer Vorlage</translation>
        </message>
        <message>
            <source>five-stage, six-stage, eight-step, service-blueprint or blank</source>
            <translation>five-stage, six-stage, eight-step, service-blueprint oder blank</translation>
        </message>
        <message>
            <source>the map's title (implies --template blank if no template is named)</source>
            <translation>der Titel der Map (bedeutet --template blank, wenn keine Vorlage genannt ist)</translation>
        </message>
        <message>
            <source>{message} (see “{prog} --help”)</source>
            <translation>{message} (siehe „{prog} --help“)</translation>
        </message>
        <message>
            <source>serve the workshop room for a map: phones post notes, votes and feelings</source>
            <translation>den Workshop-Raum für eine Map bereitstellen: Handys senden Notizen, Stimmen und Gefühle</translation>
        </message>
        <message>
            <source>The room for “{title}” is open. Type “end” and Enter, or press Ctrl+C, to end the workshop; “stop” closes the room and keeps its link.</source>
            <translation>Der Raum für „{title}“ ist offen. Geben Sie „end“ und Enter ein oder drücken Sie Strg+C, um den Workshop zu beenden; „stop“ schließt den Raum und behält seinen Link.</translation>
        </message>
        <message>
            <source>The workshop has ended: phones were thanked, and everything is saved.</source>
            <translation>Der Workshop ist beendet: Den Handys wurde gedankt, und alles ist gespeichert.</translation>
        </message>
        <message>
            <source>The room is closed; everything is saved.</source>
            <translation>Der Raum ist geschlossen; alles ist gespeichert.</translation>
        </message>
        <message>
            <source>address to listen on (default: this computer's address on the network)</source>
            <translation>Adresse, auf der gelauscht wird (Standard: die Adresse dieses Computers im Netzwerk)</translation>
        </message>
        <message>
            <source>port (default 0: any free port)</source>
            <translation>Port (Standard 0: ein beliebiger freier Port)</translation>
        </message>
        <message>
            <source>votes per participant (default 3)</source>
            <translation>Stimmen je Teilnehmer (Standard 3)</translation>
        </message>
        <message>
            <source>notes arrive accepted, without the from-the-room mark</source>
            <translation>Notizen kommen angenommen an, ohne die Markierung „aus dem Raum“</translation>
        </message>
        <message>
            <source>replace the map's join link: the old one stops working (default: keep it)</source>
            <translation>den Beitrittslink der Map ersetzen: der alte gilt dann nicht mehr (Vorgabe: behalten)</translation>
        </message>
        <message>
            <source>notes wait in the inbox, off the map, until the facilitator places them</source>
            <translation>Notizen warten im Eingang, außerhalb der Map, bis die Moderation sie platziert</translation>
        </message>
        <message>
            <source>Port {port} is taken, so the link changed: phones must scan the new code.</source>
            <translation>Port {port} ist belegt, daher hat sich der Link geändert: Handys müssen den neuen Code scannen.</translation>
        </message>
        <message>
            <source>Type “end” and Enter to end the workshop, or “stop” to close the room.</source>
            <translation>Geben Sie „end“ und Enter ein, um den Workshop zu beenden, oder „stop“, um den Raum zu schließen.</translation>
        </message>
        <message>
            <source>Cannot open the room on {name}: {reason}.</source>
            <translation>Der Raum für {name} kann nicht geöffnet werden: {reason}.</translation>
        </message>
        <message>
            <source>import into this map (created if missing)</source>
            <translation>in diese Map importieren (wird angelegt, wenn sie fehlt)</translation>
        </message>
        <message>
            <source>one row per card (long, default) or a grid</source>
            <translation>eine Zeile je Karte (long, Standard) oder ein Raster (wide)</translation>
        </message>
        <message>
            <source>rows of persona, stage, score: emotion curves</source>
            <translation>Zeilen aus Persona, Phase, Wert: Emotionskurven</translation>
        </message>
        <message>
            <source>the survey's scale: 1..5, 0..10, nps (with --emotions)</source>
            <translation>die Skala der Umfrage: 1..5, 0..10, nps (mit --emotions)</translation>
        </message>
        <message>
            <source>--scale is for survey scores; add --emotions.</source>
            <translation>--scale gilt für Umfragewerte; ergänzen Sie --emotions.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n problem(s), nothing was imported: {shown}</source>
            <translation>
                <numerusform>{name}: %n Problem, nichts wurde importiert: {shown}</numerusform>
                <numerusform>{name}: %n Probleme, nichts wurde importiert: {shown}</numerusform>
            </translation>
        </message>
        <message>
            <source>--layout {layout} is for import; export writes the long or the wide layout.</source>
            <translation>--layout {layout} gilt für den Import; der Export schreibt das lange oder das breite Layout.</translation>
        </message>
        <message>
            <source>list the map templates</source>
            <translation>die Map-Vorlagen auflisten</translation>
        </message>
    </context>
    <context>
        <name>Clipboard</name>
        <message>
            <source>Link cards</source>
            <translation>Karten verknüpfen</translation>
        </message>
        <message>
            <source>Duplicate card</source>
            <translation>Karte duplizieren</translation>
        </message>
        <message>
            <source>Paste card</source>
            <translation>Karte einfügen</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cards</source>
            <translation>
                <numerusform>%n Karte einfügen</numerusform>
                <numerusform>%n Karten einfügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Ausschneiden</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n cards</source>
            <translation>
                <numerusform>%n Karte duplizieren</numerusform>
                <numerusform>%n Karten duplizieren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Colours</name>
        <message>
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>Indigo</source>
            <translation>Indigo</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Bernstein</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Lila</translation>
        </message>
        <message>
            <source>Slate</source>
            <translation>Schiefer</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Steel grey</source>
            <translation>Stahlgrau</translation>
        </message>
        <message>
            <source>Teal</source>
            <translation>Petrol</translation>
        </message>
        <message>
            <source>Olive</source>
            <translation>Oliv</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
        <message>
            <source>Brown</source>
            <translation>Braun</translation>
        </message>
        <message>
            <source>Cyan</source>
            <translation>Cyan</translation>
        </message>
        <message>
            <source>Lavender</source>
            <translation>Lavendel</translation>
        </message>
        <message>
            <source>red</source>
            <translation>rot</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>orange</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>gelb</translation>
        </message>
        <message>
            <source>green</source>
            <translation>grün</translation>
        </message>
        <message>
            <source>teal</source>
            <translation>petrol</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>blau</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>lila</translation>
        </message>
        <message>
            <source>pink</source>
            <translation>rosa</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>grau</translation>
        </message>
        <message>
            <source>black</source>
            <translation>schwarz</translation>
        </message>
        <message>
            <source>white</source>
            <translation>weiß</translation>
        </message>
        <message>
            <source>dark {colour}</source>
            <translation>dunkel{colour}</translation>
        </message>
        <message>
            <source>light {colour}</source>
            <translation>hell{colour}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n Verknüpfung</numerusform>
                <numerusform>%n Verknüpfungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>Karte bearbeiten</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Persona hinzufügen</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Persona bearbeiten</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>Persona löschen</translation>
        </message>
        <message>
            <source>Reorder personas</source>
            <translation>Personas umordnen</translation>
        </message>
        <message>
            <source>Add map</source>
            <translation>Map hinzufügen</translation>
        </message>
        <message>
            <source>Edit map</source>
            <translation>Map bearbeiten</translation>
        </message>
        <message>
            <source>Delete map</source>
            <translation>Map löschen</translation>
        </message>
        <message>
            <source>Reorder maps</source>
            <translation>Maps umordnen</translation>
        </message>
        <message>
            <source>Show persona on map</source>
            <translation>Persona auf der Map zeigen</translation>
        </message>
        <message>
            <source>Remove persona from map</source>
            <translation>Persona von der Map entfernen</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Phase hinzufügen</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>Phase bearbeiten</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Phase löschen</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Phase verschieben</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Bahn hinzufügen</translation>
        </message>
        <message>
            <source>Edit lane</source>
            <translation>Bahn bearbeiten</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Bahn löschen</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Bahn verschieben</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Karte hinzufügen</translation>
        </message>
        <message>
            <source>Move card</source>
            <translation>Karte verschieben</translation>
        </message>
        <message>
            <source>Place note from the room</source>
            <translation>Notiz aus dem Raum platzieren</translation>
        </message>
        <message>
            <source>Set emotion</source>
            <translation>Emotion setzen</translation>
        </message>
        <message>
            <source>Show the emotion curve</source>
            <translation>Emotionskurve zeigen</translation>
        </message>
        <message>
            <source>Edit emotion point</source>
            <translation>Emotionspunkt bearbeiten</translation>
        </message>
        <message>
            <source>Remove emotion point</source>
            <translation>Emotionspunkt entfernen</translation>
        </message>
        <message>
            <source>Link cards</source>
            <translation>Karten verknüpfen</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Verknüpfung entfernen</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>Karte löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n card(s)</source>
            <translation>
                <numerusform>%n Karte löschen</numerusform>
                <numerusform>%n Karten löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete {cards} and {links}</source>
            <translation>{cards} und {links} löschen</translation>
        </message>
        <message>
            <source>Accept note from the room</source>
            <translation>Notiz aus dem Raum annehmen</translation>
        </message>
        <message numerus="yes">
            <source>Accept %n notes from the room</source>
            <translation>
                <numerusform>%n Notiz aus dem Raum annehmen</numerusform>
                <numerusform>%n Notizen aus dem Raum annehmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit %n cards</source>
            <translation>
                <numerusform>%n Karte bearbeiten</numerusform>
                <numerusform>%n Karten bearbeiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Current state</source>
            <translation>Ist-Zustand</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>Soll-Zustand</translation>
        </message>
    </context>
    <context>
        <name>CompareDrawing</name>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Emotionen</translation>
        </message>
        <message>
            <source>better</source>
            <translation>besser</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>schlechter</translation>
        </message>
        <message>
            <source>Not in this map</source>
            <translation>Nicht in dieser Map</translation>
        </message>
    </context>
    <context>
        <name>ComparePages</name>
        <message>
            <source>{before} → {after} · cards: {summary}</source>
            <translation>{before} → {after} · Karten: {summary}</translation>
        </message>
        <message>
            <source>{before} vs {after} — {title}</source>
            <translation>{before} gegen {after} — {title}</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Seite {page}</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Compare with</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>This file has only one map; add or duplicate a map to compare it with.</source>
            <translation>Diese Datei hat nur eine Map; fügen Sie eine Map hinzu oder duplizieren Sie eine, um zu vergleichen.</translation>
        </message>
        <message>
            <source>Zoom Out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Zoom In</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>A map of this comparison was deleted; close this window.</source>
            <translation>Eine Map dieses Vergleichs wurde gelöscht; schließen Sie dieses Fenster.</translation>
        </message>
        <message>
            <source>Compare “{title}” with:</source>
            <translation>„{title}“ vergleichen mit:</translation>
        </message>
        <message>
            <source>Version “{name}”</source>
            <translation>Version „{name}“</translation>
        </message>
        <message numerus="yes">
            <source>{label} “{title}” above, {lower} “{title2}” below · cards: {summary} · %n link(s) across · hover a card for its links, double-click to show it on the map</source>
            <translation>
                <numerusform>{label} „{title}“ oben, {lower} „{title2}“ unten · Karten: {summary} · %n Verknüpfung dazwischen · Maus über eine Karte zeigt ihre Verknüpfungen, Doppelklick zeigt sie auf der Map</numerusform>
                <numerusform>{label} „{title}“ oben, {lower} „{title2}“ unten · Karten: {summary} · %n Verknüpfungen dazwischen · Maus über eine Karte zeigt ihre Verknüpfungen, Doppelklick zeigt sie auf der Map</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” does not rework a current-state map; use Map ▸ Compare With… instead.</source>
            <translation>„{title}“ überarbeitet keine Ist-Map; nutzen Sie stattdessen Map ▸ Vergleichen mit…</translation>
        </message>
    </context>
    <context>
        <name>ContextMenu</name>
        <message>
            <source>Observed</source>
            <translation>Beobachtet</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Vorgeschlagen</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
        <message>
            <source>Edit Text</source>
            <translation>Text bearbeiten</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Ausschneiden</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Lane Colour</source>
            <translation>Farbe der Bahn</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keiner</translation>
        </message>
        <message>
            <source>Move To</source>
            <translation>Verschieben nach</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n Cards</source>
            <translation>
                <numerusform>%n Karte löschen</numerusform>
                <numerusform>%n Karten löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Card</source>
            <translation>Karte löschen</translation>
        </message>
        <message>
            <source>Change card</source>
            <translation>Karte ändern</translation>
        </message>
        <message numerus="yes">
            <source>Change %n cards</source>
            <translation>
                <numerusform>%n Karte ändern</numerusform>
                <numerusform>%n Karten ändern</numerusform>
            </translation>
        </message>
        <message>
            <source>New Card Here</source>
            <translation>Neue Karte hier</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <source>Rename Stage</source>
            <translation>Phase umbenennen</translation>
        </message>
        <message>
            <source>Insert Stage Before</source>
            <translation>Phase davor einfügen</translation>
        </message>
        <message>
            <source>Insert Stage After</source>
            <translation>Phase danach einfügen</translation>
        </message>
        <message>
            <source>Move Stage Left</source>
            <translation>Phase nach links verschieben</translation>
        </message>
        <message>
            <source>Move Stage Right</source>
            <translation>Phase nach rechts verschieben</translation>
        </message>
        <message>
            <source>Delete Stage…</source>
            <translation>Phase löschen…</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Neue Phase</translation>
        </message>
        <message>
            <source>Rename Lane</source>
            <translation>Bahn umbenennen</translation>
        </message>
        <message>
            <source>Expand Lane</source>
            <translation>Bahn ausklappen</translation>
        </message>
        <message>
            <source>Collapse Lane</source>
            <translation>Bahn einklappen</translation>
        </message>
        <message>
            <source>Move Lane Up</source>
            <translation>Bahn nach oben verschieben</translation>
        </message>
        <message>
            <source>Move Lane Down</source>
            <translation>Bahn nach unten verschieben</translation>
        </message>
        <message>
            <source>Delete Lane…</source>
            <translation>Bahn löschen…</translation>
        </message>
        <message>
            <source>Raise Score</source>
            <translation>Wert erhöhen</translation>
        </message>
        <message>
            <source>Lower Score</source>
            <translation>Wert senken</translation>
        </message>
        <message>
            <source>Delete Point</source>
            <translation>Punkt löschen</translation>
        </message>
        <message>
            <source>Previous Stage</source>
            <translation>Vorherige Phase</translation>
        </message>
        <message>
            <source>Next Stage</source>
            <translation>Nächste Phase</translation>
        </message>
        <message>
            <source>Lane Above</source>
            <translation>Bahn darüber</translation>
        </message>
        <message>
            <source>Lane Below</source>
            <translation>Bahn darunter</translation>
        </message>
        <message>
            <source>Insert Lane Above</source>
            <translation>Bahn darüber einfügen</translation>
        </message>
        <message>
            <source>Insert Lane Below</source>
            <translation>Bahn darunter einfügen</translation>
        </message>
        <message>
            <source>How the Customer Felt Here</source>
            <translation>Wie sich die Kundschaft hier fühlte</translation>
        </message>
        <message>
            <source>Set Curve for {name}</source>
            <translation>Kurve für {name} setzen</translation>
        </message>
        <message>
            <source>Stage “{name}”</source>
            <translation>Phase „{name}“</translation>
        </message>
        <message>
            <source>Lane “{name}”</source>
            <translation>Bahn „{name}“</translation>
        </message>
        <message>
            <source>How {name} Felt Here</source>
            <translation>Wie sich {name} hier fühlte</translation>
        </message>
    </context>
    <context>
        <name>Cover</name>
        <message>
            <source>CUSTOMER JOURNEY MAP</source>
            <translation>CUSTOMER JOURNEY MAP</translation>
        </message>
        <message>
            <source>Made with jmdesigner</source>
            <translation>Erstellt mit jmdesigner</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message numerus="yes">
            <source>%n map(s): {titles}</source>
            <translation>
                <numerusform>%n Map: {titles}</numerusform>
                <numerusform>%n Maps: {titles}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>Could not install the desktop entry in {home}: {reason}.</source>
            <translation>Der Desktop-Eintrag konnte nicht in {home} installiert werden: {reason}.</translation>
        </message>
        <message>
            <source>Could not remove {target}: {reason}.</source>
            <translation>{target} konnte nicht entfernt werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <source>{who} moved this card to “{stage}” · “{lane}” while you were typing; your text is saved on it there.</source>
            <translation>{who} hat diese Karte nach „{stage}“ · „{lane}“ verschoben, während Sie tippten; Ihr Text ist dort auf ihr gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n cards</source>
            <translation>
                <numerusform>%n Karte hinzufügen</numerusform>
                <numerusform>%n Karten hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Your card had reached the library before the connection dropped; it was not added a second time.</source>
            <translation>Ihre Karte war schon in der Bibliothek, bevor die Verbindung abbrach; sie wurde nicht ein zweites Mal hinzugefügt.</translation>
        </message>
        <message>
            <source>Your card had reached the library before the connection dropped; the words typed since are in its editor: Enter saves them.</source>
            <translation>Ihre Karte war schon in der Bibliothek, bevor die Verbindung abbrach; was Sie seitdem getippt haben, steht in ihrem Editor: Eingabe speichert es.</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Jemand anderes</translation>
        </message>
        <message>
            <source>Your text was not added as a card; it is on the clipboard, to paste where it fits.</source>
            <translation>Ihr Text wurde nicht als Karte hinzugefügt; er liegt in der Zwischenablage, um ihn dort einzufügen, wo er passt.</translation>
        </message>
        <message>
            <source>The card's new text is on its way to the library, whose server has not answered yet; type on: it is saved when the server answers, and kept in its editor if it never does.</source>
            <translation>Der neue Text der Karte ist auf dem Weg in die Bibliothek, deren Server noch nicht geantwortet hat; tippen Sie weiter: Er wird gespeichert, sobald der Server antwortet, und bleibt in seinem Editor, falls er nie antwortet.</translation>
        </message>
        <message>
            <source>Your card is on its way to the library, whose server has not answered yet; type on: it is added when the server answers, and kept in its editor if it never does.</source>
            <translation>Ihre Karte ist auf dem Weg in die Bibliothek, deren Server noch nicht geantwortet hat; tippen Sie weiter: Sie wird hinzugefügt, sobald der Server antwortet, und bleibt in ihrem Editor, falls er nie antwortet.</translation>
        </message>
        <message>
            <source>The map you were typing in was deleted by someone else; your text was copied to the clipboard, to paste where it belongs.</source>
            <translation>Die Map, in der Sie tippten, wurde von jemand anderem gelöscht; Ihr Text wurde in die Zwischenablage kopiert, um ihn dort einzufügen, wo er hingehört.</translation>
        </message>
        <message>
            <source>The card's new text has reached the library.</source>
            <translation>Der neue Text der Karte ist in der Bibliothek angekommen.</translation>
        </message>
        <message>
            <source>Your card has reached the library.</source>
            <translation>Ihre Karte ist in der Bibliothek angekommen.</translation>
        </message>
        <message>
            <source>This card was deleted by someone else while you were typing; your text was kept as a new card in the same place.</source>
            <translation>Diese Karte wurde von jemand anderem gelöscht, während Sie tippten; Ihr Text bleibt als neue Karte an derselben Stelle erhalten.</translation>
        </message>
        <message>
            <source>The stage or lane you were typing in was deleted by someone else; your text is kept in {stage} › {lane}: Enter adds it there.</source>
            <translation>Die Phase oder Bahn, in der Sie tippten, wurde von jemand anderem gelöscht; Ihr Text bleibt in {stage} › {lane} erhalten: Eingabe fügt ihn dort hinzu.</translation>
        </message>
        <message>
            <source>This stage was deleted by someone else while you were typing its name; the name was copied to the clipboard.</source>
            <translation>Diese Phase wurde von jemand anderem gelöscht, während Sie ihren Namen tippten; der Name wurde in die Zwischenablage kopiert.</translation>
        </message>
        <message>
            <source>This lane was deleted by someone else while you were typing its name; the name was copied to the clipboard.</source>
            <translation>Diese Bahn wurde von jemand anderem gelöscht, während Sie ihren Namen tippten; der Name wurde in die Zwischenablage kopiert.</translation>
        </message>
        <message>
            <source>This card and its place were deleted by someone else while you were typing; your text was copied to the clipboard, to paste where it belongs.</source>
            <translation>Diese Karte und ihr Platz wurden von jemand anderem gelöscht, während Sie tippten; Ihr Text liegt in der Zwischenablage, um ihn an der richtigen Stelle einzufügen.</translation>
        </message>
        <message>
            <source>{who} changed a card below this one a moment ago, so your new card was not added yet; its words are still in its editor: press Enter to add it.</source>
            <translation>{who} hat soeben eine Karte darunter geändert, daher wurde Ihre neue Karte noch nicht hinzugefügt; ihre Wörter stehen noch in ihrem Editor: Drücken Sie die Eingabetaste, um sie hinzuzufügen.</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>A name holds at most {limit:,} characters; this would make it {length:,}, so nothing was added.</source>
            <translation>Ein Name fasst höchstens {limit:,} Zeichen; das hätte ihn auf {length:,} gebracht, daher wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <source>A card holds at most {limit:,} characters; this would make it {length:,}, so nothing was added.</source>
            <translation>Eine Karte fasst höchstens {limit:,} Zeichen; das hätte sie auf {length:,} gebracht, daher wurde nichts hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>From the room</source>
            <translation>Aus dem Raum</translation>
        </message>
        <message>
            <source>Room · {author}</source>
            <translation>Raum · {author}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n room note(s) held in the inbox are not in this file: place them on the map first, or export the map as JSON, which keeps them.</source>
            <translation>
                <numerusform>%n Notiz aus dem Raum wartet im Eingang und ist nicht in dieser Datei: platzieren Sie sie zuerst auf der Map oder exportieren Sie die Map als JSON, das sie behält.</numerusform>
                <numerusform>%n Notizen aus dem Raum warten im Eingang und sind nicht in dieser Datei: platzieren Sie sie zuerst auf der Map oder exportieren Sie die Map als JSON, das sie behält.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG-Bild</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>SVG-Zeichnung</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel-Arbeitsmappe (XLSX)</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>CSV-Tabelle</translation>
        </message>
        <message>
            <source>One row per card</source>
            <translation>Eine Zeile pro Karte</translation>
        </message>
        <message>
            <source>Stages × lanes grid</source>
            <translation>Raster Phasen × Bahnen</translation>
        </message>
        <message>
            <source>Fit on one page</source>
            <translation>Auf eine Seite einpassen</translation>
        </message>
        <message>
            <source>Poster tiles</source>
            <translation>Poster-Kacheln</translation>
        </message>
        <message>
            <source>One large page (plotter)</source>
            <translation>Eine große Seite (Plotter)</translation>
        </message>
        <message>
            <source>“Current vs future”: {size:g} pt, too small to read; on {page}: {larger:g} pt.</source>
            <translation>„Ist gegen Soll“: {size:g} pt, zu klein zum Lesen; auf {page}: {larger:g} pt.</translation>
        </message>
        <message>
            <source>down to {size:g} pt on “{title}”: too small to read (at least {least:g} pt).</source>
            <translation>bis hinab zu {size:g} pt auf „{title}“: zu klein zum Lesen (mindestens {least:g} pt).</translation>
        </message>
        <message>
            <source>The card text of “{title}” prints at {size:g} pt, too small to read: choose a larger page or poster tiles above and export again.</source>
            <translation>Der Kartentext von „{title}“ wird in {size:g} pt gedruckt, zu klein zum Lesen: Wählen Sie oben eine größere Seite oder Poster-Kacheln und exportieren Sie erneut.</translation>
        </message>
        <message>
            <source>The comparison of “{before}” and “{after}” prints its card text at {size:g} pt, too small to read: choose {page} as the page above and export again (its card text then prints at {least:g} pt).</source>
            <translation>Der Vergleich von „{before}“ und „{after}“ druckt seinen Kartentext in {size:g} pt, zu klein zum Lesen: Wählen Sie oben {page} als Seite und exportieren Sie erneut (der Kartentext wird dann in {least:g} pt gedruckt).</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>landscape</source>
            <translation>Querformat</translation>
        </message>
        <message>
            <source>portrait</source>
            <translation>Hochformat</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>All maps (PDF)</source>
            <translation>Alle Maps (PDF)</translation>
        </message>
        <message>
            <source>Set to suit the map's shape until you choose one</source>
            <translation>Passend zur Form der Map gewählt, bis Sie eine Ausrichtung wählen</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Deckblatt</translation>
        </message>
        <message>
            <source>Persona profiles</source>
            <translation>Persona-Profile</translation>
        </message>
        <message>
            <source>Summary of pain points and opportunities</source>
            <translation>Zusammenfassung der Pain Points und Chancen</translation>
        </message>
        <message>
            <source>Current vs future (each future-state map against the map it reworks)</source>
            <translation>Ist gegen Soll (jede Soll-Map gegen die Map, die sie überarbeitet)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Speichern als</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Seitengröße</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>Tile overlap</source>
            <translation>Kachelüberlappung</translation>
        </message>
        <message>
            <source>Scale (tiles, plotter)</source>
            <translation>Maßstab (Kacheln, Plotter)</translation>
        </message>
        <message>
            <source>Card text</source>
            <translation>Kartentext</translation>
        </message>
        <message>
            <source>Extra pages</source>
            <translation>Zusätzliche Seiten</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>“Current vs future”: {size:g} pt, too small to read on any page up to A0.</source>
            <translation>„Ist gegen Soll“: {size:g} pt, auf keiner Seite bis A0 lesbar.</translation>
        </message>
        <message>
            <source>Use {page} {orientation} ({size:g} pt)</source>
            <translation>{page} im {orientation} ({size:g} pt)</translation>
        </message>
        <message numerus="yes">
            <source>Poster tiles: %n page(s) of {page} ({size:g} pt)</source>
            <translation>
                <numerusform>Poster-Kacheln: %n Seite {page} ({size:g} pt)</numerusform>
                <numerusform>Poster-Kacheln: %n Seiten {page} ({size:g} pt)</numerusform>
            </translation>
        </message>
        <message>
            <source>{size:g} pt: too small to read (at least {least:g} pt).</source>
            <translation>{size:g} pt: zu klein zum Lesen (mindestens {least:g} pt).</translation>
        </message>
        <message>
            <source>The comparison of “{before}” and “{after}” prints its card text at {size:g} pt, too small to read on any page up to A0: its cards read on each map's own pages.</source>
            <translation>Der Vergleich von „{before}“ und „{after}“ druckt seinen Kartentext in {size:g} pt, auf keiner Seite bis A0 lesbar: Seine Karten sind auf den eigenen Seiten jeder Map lesbar.</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Querformat</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Hochformat</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Fertig.</translation>
        </message>
        <message numerus="yes">
            <source>{size:g} pt, on %n page(s) of {page} and an assembly overview.</source>
            <translation>
                <numerusform>{size:g} pt, auf %n Seite {page} und einer Montageübersicht.</numerusform>
                <numerusform>{size:g} pt, auf %n Seiten {page} und einer Montageübersicht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{size:g} pt, on %n page(s) of {page} and an assembly overview per map.</source>
            <translation>
                <numerusform>{size:g} pt, auf %n Seite {page} und einer Montageübersicht je Map.</numerusform>
                <numerusform>{size:g} pt, auf %n Seiten {page} und einer Montageübersicht je Map.</numerusform>
            </translation>
        </message>
        <message>
            <source>{size:g} pt, on one large page per map.</source>
            <translation>{size:g} pt, auf einer großen Seite je Map.</translation>
        </message>
        <message>
            <source>{size:g} pt.</source>
            <translation>{size:g} pt.</translation>
        </message>
        <message>
            <source>“{name}” already exists in {parent}. Replace it with this export?</source>
            <translation>„{name}“ gibt es bereits in {parent}. Durch diesen Export ersetzen?</translation>
        </message>
        <message>
            <source>PNG, SVG and spreadsheets hold one map: choose a map, or export all maps as PDF.</source>
            <translation>PNG, SVG und Tabellen enthalten eine Map: Wählen Sie eine Map oder exportieren Sie alle Maps als PDF.</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation>Wählen Sie, wo der Export gespeichert wird.</translation>
        </message>
        <message>
            <source>This document has no map to export yet.</source>
            <translation>Dieses Dokument hat noch keine Map zum Exportieren.</translation>
        </message>
        <message>
            <source>Not exported: the existing file was kept.</source>
            <translation>Nicht exportiert: Die vorhandene Datei wurde behalten.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Drawing {what}…</source>
            <translation>Zeichne {what}…</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} gespeichert.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist; choose another with “Choose…”.</source>
            <translation>Den Ordner {parent} gibt es nicht; wählen Sie mit „Auswählen…“ einen anderen.</translation>
        </message>
        <message>
            <source>the SVG</source>
            <translation>das SVG</translation>
        </message>
        <message>
            <source>the image</source>
            <translation>das Bild</translation>
        </message>
    </context>
    <context>
        <name>Faults</name>
        <message>
            <source>the backup of {name}</source>
            <translation>der Sicherung von {name}</translation>
        </message>
        <message>
            <source>save your change</source>
            <translation>das Speichern Ihrer Änderung</translation>
        </message>
        <message>
            <source>create the file</source>
            <translation>das Anlegen der Datei</translation>
        </message>
        <message>
            <source>save the version</source>
            <translation>das Speichern der Version</translation>
        </message>
        <message>
            <source>read the versions</source>
            <translation>das Lesen der Versionen</translation>
        </message>
        <message>
            <source>read the version</source>
            <translation>das Lesen der Version</translation>
        </message>
        <message>
            <source>delete the version</source>
            <translation>das Löschen der Version</translation>
        </message>
        <message>
            <source>keep the text you are typing</source>
            <translation>das Sichern des Textes, den Sie tippen</translation>
        </message>
        <message>
            <source>drop the finished draft</source>
            <translation>das Verwerfen des fertigen Entwurfs</translation>
        </message>
        <message>
            <source>read the unfinished cards</source>
            <translation>das Lesen der unfertigen Karten</translation>
        </message>
        <message>
            <source>save the copy</source>
            <translation>das Speichern der Kopie</translation>
        </message>
        <message>
            <source>write the backup</source>
            <translation>das Schreiben der Sicherung</translation>
        </message>
        <message>
            <source>restore the backup</source>
            <translation>das Wiederherstellen der Sicherung</translation>
        </message>
        <message>
            <source>jmdesigner could not {doing} in {name}: {detail}.</source>
            <translation>In {name} ist {doing} gescheitert: {detail}.</translation>
        </message>
        <message>
            <source>{name} has reached the {limit} GB a .jmap file holds, so jmdesigner could not {doing}; everything saved before is safe. Move some maps into another file (export each as JSON and import it there), or delete named versions or photos you no longer need.</source>
            <translation>{name} hat die {limit} GB erreicht, die eine .jmap-Datei fasst, daher ist {doing} gescheitert; alles zuvor Gespeicherte ist sicher. Verschieben Sie einige Maps in eine andere Datei (exportieren Sie jede als JSON und importieren Sie sie dort), oder löschen Sie benannte Versionen oder Fotos, die Sie nicht mehr brauchen.</translation>
        </message>
        <message>
            <source>The disk is full, so jmdesigner could not {doing} in {name}. Free some space and try again; everything saved before is safe.</source>
            <translation>Die Festplatte ist voll, daher ist in {name} {doing} gescheitert. Schaffen Sie Platz und versuchen Sie es erneut; alles zuvor Gespeicherte ist sicher.</translation>
        </message>
        <message>
            <source>{name} can no longer be written (it or its folder became read-only), so jmdesigner could not {doing}. Use Save a Copy to keep your work elsewhere.</source>
            <translation>{name} kann nicht mehr geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt geworden), daher ist {doing} gescheitert. Sichern Sie Ihre Arbeit mit „Kopie speichern unter“ an anderer Stelle.</translation>
        </message>
        <message>
            <source>{name} is in use by another program, so jmdesigner could not {doing}. Close the other program and try again.</source>
            <translation>{name} wird von einem anderen Programm benutzt, daher ist {doing} gescheitert. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{name} could not be written (was the drive removed or the file moved?), so jmdesigner could not {doing}. Reconnect the drive, or use Save a Copy.</source>
            <translation>{name} konnte nicht geschrieben werden (wurde das Laufwerk entfernt oder die Datei verschoben?), daher ist {doing} gescheitert. Schließen Sie das Laufwerk wieder an oder nutzen Sie „Kopie speichern unter“.</translation>
        </message>
        <message>
            <source>{name} is damaged, so jmdesigner could not {doing}. Restore it from a backup.</source>
            <translation>{name} ist beschädigt, daher ist {doing} gescheitert. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
        </message>
        <message>
            <source>{name} can no longer be written ({reason}), so jmdesigner could not {doing}. Everything before is saved; use Save a Copy to keep working elsewhere.</source>
            <translation>{name} kann nicht mehr geschrieben werden ({reason}), daher ist {doing} gescheitert. Alles davor ist gespeichert; arbeiten Sie mit „Kopie speichern unter“ an anderer Stelle weiter.</translation>
        </message>
    </context>
    <context>
        <name>FileIO</name>
        <message>
            <source>The disk is full, so jmdesigner could not write {name}. Free some space and try again.</source>
            <translation>Die Festplatte ist voll, daher konnte jmdesigner {name} nicht schreiben. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>jmdesigner may not write {name} there (read-only or no permission). Choose another folder.</source>
            <translation>jmdesigner darf {name} dort nicht schreiben (schreibgeschützt oder keine Berechtigung). Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>The folder for {name} does not exist; create it or choose another.</source>
            <translation>Der Ordner für {name} existiert nicht; legen Sie ihn an oder wählen Sie einen anderen.</translation>
        </message>
        <message>
            <source>jmdesigner could not write {name}: {reason}.</source>
            <translation>jmdesigner konnte {name} nicht schreiben: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FileLimits</name>
        <message>
            <source>cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>stages</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>Bahnen</translation>
        </message>
        <message>
            <source>emotion points</source>
            <translation>Emotionspunkte</translation>
        </message>
        <message>
            <source>maps</source>
            <translation>Maps</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>named versions</source>
            <translation>benannte Versionen</translation>
        </message>
        <message>
            <source>personas shown on maps</source>
            <translation>Personas auf Maps</translation>
        </message>
        <message>
            <source>links between cards</source>
            <translation>Verknüpfungen zwischen Karten</translation>
        </message>
        <message>
            <source>{file} was not written: it would hold {count:,} {what}, more than the {limit:,} a .jmap file holds, so jmdesigner could not open it. Take the maps you need one at a time: export each as JSON and import it.</source>
            <translation>{file} wurde nicht geschrieben: Die Datei enthielte {count:,} {what}, mehr als die {limit:,}, die eine .jmap-Datei fasst, und jmdesigner könnte sie nicht öffnen. Übernehmen Sie die benötigten Maps einzeln: jede als JSON exportieren und importieren.</translation>
        </message>
        <message>
            <source>The map “{map}” is too large to keep as a named version in {file}: its copy would take {size:.1f} MB, more than the {limit} MB a .jmap file holds in one value. Nothing was saved; to keep this state, use File ▸ Save a Copy… or export the map as JSON.</source>
            <translation>Die Map „{map}“ ist zu groß, um sie als benannte Version in {file} zu behalten: Ihre Kopie bräuchte {size:.1f} MB, mehr als die {limit} MB, die eine .jmap-Datei in einem Wert fasst. Es wurde nichts gespeichert; um diesen Stand zu behalten, nutzen Sie Datei ▸ Kopie speichern unter… oder exportieren Sie die Map als JSON.</translation>
        </message>
        <message>
            <source>This change was not made: {file} would then hold {count:,} {what}, more than the {limit:,} a .jmap file holds; move some maps into another file to make room.</source>
            <translation>Diese Änderung wurde nicht vorgenommen: {file} enthielte dann {count:,} {what}, mehr als die {limit:,}, die eine .jmap-Datei fasst; verschieben Sie einige Maps in eine andere Datei, um Platz zu schaffen.</translation>
        </message>
        <message>
            <source>{file} was not written: the named version “{name}” of {map} is larger than the {limit} MB a .jmap file holds in one value, so jmdesigner could not open it. Delete that version where it is (Map ▸ Versions…; restore it as a new map first if you still need it) and try again.</source>
            <translation>{file} wurde nicht geschrieben: Die benannte Version „{name}“ von {map} ist größer als die {limit} MB, die eine .jmap-Datei in einem Wert fasst, und jmdesigner könnte die Datei nicht öffnen. Löschen Sie diese Version dort, wo sie liegt (Map ▸ Versionen…; stellen Sie sie vorher als neue Map wieder her, falls Sie sie noch brauchen), und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>FileOpen</name>
        <message>
            <source>{file} was written by a newer jmdesigner (file format {format}, this version reads up to {newest}). Update jmdesigner to open it.</source>
            <translation>{file} wurde von einem neueren jmdesigner geschrieben (Dateiformat {format}, diese Version liest bis {newest}). Aktualisieren Sie jmdesigner, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>{file} cannot be read ({reason}).</source>
            <translation>{file} kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{file} does not exist. Check the name and the folder.</source>
            <translation>{file} gibt es nicht. Prüfen Sie den Namen und den Ordner.</translation>
        </message>
        <message>
            <source>{file} is not a file. Choose a .jmap file.</source>
            <translation>{file} ist keine Datei. Wählen Sie eine .jmap-Datei.</translation>
        </message>
        <message>
            <source>{file} is empty, so it is not a jmdesigner file.</source>
            <translation>{file} ist leer und daher keine jmdesigner-Datei.</translation>
        </message>
        <message>
            <source>{file} is not a jmdesigner file (it is not a SQLite database). Open a .jmap file, or import JSON with File › Import.</source>
            <translation>{file} ist keine jmdesigner-Datei (keine SQLite-Datenbank). Öffnen Sie eine .jmap-Datei oder importieren Sie JSON mit Datei › Importieren.</translation>
        </message>
        <message>
            <source>{file} is another application's SQLite database, not a jmdesigner file; it was left untouched.</source>
            <translation>{file} ist die SQLite-Datenbank einer anderen Anwendung, keine jmdesigner-Datei; sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{file} is damaged: its format version is missing.</source>
            <translation>{file} ist beschädigt: Die Formatversion fehlt.</translation>
        </message>
        <message>
            <source>{file} is {size:.1f} GB, larger than any journey map; it was not opened.</source>
            <translation>{file} hat {size:.1f} GB, mehr als jede Journey Map; sie wurde nicht geöffnet.</translation>
        </message>
        <message>
            <source>{file} cannot be read: you do not have permission. Check the file's permissions.</source>
            <translation>{file} kann nicht gelesen werden: Ihnen fehlt die Berechtigung. Prüfen Sie die Rechte der Datei.</translation>
        </message>
    </context>
    <context>
        <name>FileWatch</name>
        <message>
            <source>The automatic backup failed: {problem} Your edits are still saved.</source>
            <translation>Die automatische Sicherung ist fehlgeschlagen: {problem} Ihre Änderungen sind weiterhin gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>FindDock</name>
        <message>
            <source>(empty card)</source>
            <translation>(leere Karte)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Find cards in all maps…</source>
            <translation>Karten in allen Maps suchen…</translation>
        </message>
        <message>
            <source>Find cards</source>
            <translation>Karten suchen</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <source>Matching cards</source>
            <translation>Passende Karten</translation>
        </message>
        <message>
            <source>No cards match</source>
            <translation>Keine Karte passt</translation>
        </message>
        <message>
            <source>{position} of {count}</source>
            <translation>{position} von {count}</translation>
        </message>
        <message>
            <source>{first}, in {where}</source>
            <translation>{first}, in {where}</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <source>jmdesigner's installation is incomplete ({problems}; in {folder}); reinstall jmdesigner to restore them.</source>
            <translation>Die Installation von jmdesigner ist unvollständig ({problems}; in {folder}); installieren Sie jmdesigner neu, um sie wiederherzustellen.</translation>
        </message>
        <message numerus="yes">
            <source>%n bundled font file(s) missing: {files}</source>
            <translation>
                <numerusform>%n mitgelieferte Schriftdatei fehlt: {files}</numerusform>
                <numerusform>%n mitgelieferte Schriftdateien fehlen: {files}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundled font file(s) damaged: {files}</source>
            <translation>
                <numerusform>%n mitgelieferte Schriftdatei beschädigt: {files}</numerusform>
                <numerusform>%n mitgelieferte Schriftdateien beschädigt: {files}</numerusform>
            </translation>
        </message>
        <message>
            <source>{install} Text in those fonts is drawn by the other bundled fonts where they have its characters; what none has is left out of cards and exports.</source>
            <translation>{install} Text in diesen Schriften wird mit den anderen mitgelieferten Schriften gezeichnet, soweit sie seine Zeichen haben; was keine hat, fehlt in Karten und Exporten.</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>a jmdesigner map, a Ptolemy journey, a GOV.UK step-by-step, a Mermaid journey or Markdown</source>
            <translation>eine jmdesigner-Map, eine Ptolemy-Journey, ein GOV.UK-Step-by-Step, eine Mermaid-Journey oder Markdown</translation>
        </message>
        <message>
            <source>{name}: jmdesigner cannot tell what “{suffix}” files hold; it imports {known} ({kinds}).</source>
            <translation>{name}: jmdesigner kann nicht erkennen, was „{suffix}“-Dateien enthalten; es importiert {known} ({kinds}).</translation>
        </message>
        <message>
            <source>{name}: jmdesigner cannot tell what this text holds; it imports {known} ({kinds}).</source>
            <translation>{name}: jmdesigner kann nicht erkennen, was dieser Text enthält; es importiert {known} ({kinds}).</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>Der Text</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Mixed values</source>
            <translation>Verschiedene Werte</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keiner</translation>
        </message>
        <message>
            <source>Observed (backed by research)</source>
            <translation>Beobachtet (durch Forschung belegt)</translation>
        </message>
        <message>
            <source>Assumed (needs checking)</source>
            <translation>Angenommen (zu prüfen)</translation>
        </message>
        <message>
            <source>Proposed (future state)</source>
            <translation>Vorgeschlagen (Soll-Zustand)</translation>
        </message>
        <message>
            <source>Other…</source>
            <translation>Andere…</translation>
        </message>
        <message>
            <source>Choose any colour</source>
            <translation>Beliebige Farbe wählen</translation>
        </message>
        <message>
            <source>{label} error</source>
            <translation>Fehler bei {label}</translation>
        </message>
        <message>
            <source>{label}: other colour</source>
            <translation>{label}: andere Farbe</translation>
        </message>
        <message>
            <source>Choose: {label}</source>
            <translation>Auswählen: {label}</translation>
        </message>
        <message>
            <source>{label}: other colour, {colour_name}</source>
            <translation>{label}: andere Farbe, {colour_name}</translation>
        </message>
    </context>
    <context>
        <name>Furniture</name>
        <message>
            <source>Moment of truth</source>
            <translation>Moment der Wahrheit</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Beobachtet</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Vorgeschlagen</translation>
        </message>
        <message>
            <source>votes</source>
            <translation>Stimmen</translation>
        </message>
    </context>
    <context>
        <name>GovukImport</name>
        <message>
            <source>{name} is not a GOV.UK step-by-step: it has no details.step_by_step_nav.</source>
            <translation>{name} ist kein GOV.UK-Step-by-Step: Es fehlt details.step_by_step_nav.</translation>
        </message>
        <message>
            <source>{name}: the step-by-step has no steps, so there is nothing to import.</source>
            <translation>{name}: Das Step-by-Step hat keine Schritte, daher gibt es nichts zu importieren.</translation>
        </message>
        <message>
            <source>must be “and” or “or”, not {value}.</source>
            <translation>muss „and“ oder „or“ sein, nicht {value}.</translation>
        </message>
        <message>
            <source>must be a list of paragraphs and lists.</source>
            <translation>muss eine Liste von Absätzen und Listen sein.</translation>
        </message>
        <message>
            <source>a step must be an object with a “title” text.</source>
            <translation>ein Schritt muss ein Objekt mit einem Text „title“ sein.</translation>
        </message>
        <message>
            <source>must be an object.</source>
            <translation>muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>is neither a paragraph with “text” nor a list with “contents”.</source>
            <translation>ist weder ein Absatz mit „text“ noch eine Liste mit „contents“.</translation>
        </message>
        <message>
            <source>a list item needs a “text”.</source>
            <translation>ein Listeneintrag braucht einen „text“.</translation>
        </message>
    </context>
    <context>
        <name>Grammar</name>
        <message>
            <source>lowercase</source>
            <comment>Translate as 'lowercase' if a label such as 'Future state' starts lowercase inside a sentence in your language, else as 'keep'</comment>
            <translation>keep</translation>
        </message>
    </context>
    <context>
        <name>Guides</name>
        <message>
            <source>Facilitator's Guide</source>
            <translation>Leitfaden für Moderierende</translation>
        </message>
        <message>
            <source>Consultant's Guide</source>
            <translation>Leitfaden für Beratende</translation>
        </message>
        <message>
            <source>The Facilitator's Guide</source>
            <translation>Der Leitfaden für Moderierende</translation>
        </message>
        <message>
            <source>The Consultant's Guide</source>
            <translation>Der Leitfaden für Beratende</translation>
        </message>
        <message>
            <source>{title} is not installed with this copy of jmdesigner.</source>
            <translation>{title} ist mit dieser Kopie von jmdesigner nicht installiert.</translation>
        </message>
    </context>
    <context>
        <name>HeaderItems</name>
        <message>
            <source>JOURNEY MAP</source>
            <translation>JOURNEY MAP</translation>
        </message>
    </context>
    <context>
        <name>Holder</name>
        <message>
            <source>{user}@{host}, pid {pid}, since {when}</source>
            <translation>{user}@{host}, PID {pid}, seit {when}</translation>
        </message>
        <message>
            <source>{file} was opened for editing on another computer ({holder}) and not closed there. If it is still open on that computer, close it there first: two computers editing one file overwrite each other's changes.</source>
            <translation>{file} wurde auf einem anderen Computer zum Bearbeiten geöffnet ({holder}) und dort nicht geschlossen. Wenn die Datei dort noch offen ist, schließen Sie sie zuerst dort: Bearbeiten zwei Computer eine Datei, überschreiben sie gegenseitig ihre Änderungen.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Moment der Wahrheit</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(nicht importiert)</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
            <translation>Tabellen (*.csv *.tsv *.txt *.xlsx *.xlsm);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>One row per card (long)</source>
            <translation>Eine Zeile pro Karte (lang)</translation>
        </message>
        <message>
            <source>Stages as columns, lanes as rows (wide)</source>
            <translation>Phasen als Spalten, Bahnen als Zeilen (breit)</translation>
        </message>
        <message>
            <source>Survey scores → emotion curves</source>
            <translation>Umfragewerte → Emotionskurven</translation>
        </message>
        <message>
            <source>Already on the map's scale</source>
            <translation>Bereits auf der Skala der Map</translation>
        </message>
        <message>
            <source>NPS (0–10)</source>
            <translation>NPS (0–10)</translation>
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>Aus einer Tabelle importieren</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>A new map</source>
            <translation>Eine neue Map</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Text encoding:</source>
            <translation>Textkodierung:</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>Scores are on:</source>
            <translation>Werte liegen auf:</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Importieren in:</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation>Eine .csv- oder .xlsx-Datei auswählen</translation>
        </message>
        <message>
            <source>Preview (first {PREVIEW_ROWS} rows; numbers are spreadsheet rows)</source>
            <translation>Vorschau (erste {PREVIEW_ROWS} Zeilen; Nummern sind Tabellenzeilen)</translation>
        </message>
        <message>
            <source>guessed from the file; change it if the preview looks wrong</source>
            <translation>aus der Datei erraten; ändern Sie sie, wenn die Vorschau falsch aussieht</translation>
        </message>
        <message>
            <source>Choose a file to import.</source>
            <translation>Wählen Sie eine Datei zum Importieren.</translation>
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation>Diese Datei kann nicht importiert werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems; fix them in the file and choose it again.</source>
            <translation>
                <numerusform>%n Zeile mit Problemen; beheben Sie sie in der Datei und wählen Sie sie erneut.</numerusform>
                <numerusform>%n Zeilen mit Problemen; beheben Sie sie in der Datei und wählen Sie sie erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>The map “{title}”</source>
            <translation>Die Map „{title}“</translation>
        </message>
        <message>
            <source>{field} *:</source>
            <comment>a column the import needs</comment>
            <translation>{field} *:</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>(column {number})</source>
            <translation>(Spalte {number})</translation>
        </message>
    </context>
    <context>
        <name>ImportProblems</name>
        <message numerus="yes">
            <source>{source}: %n problem(s), nothing was imported: {shown}{tail}.</source>
            <translation>
                <numerusform>{source}: %n Problem, nichts wurde importiert: {shown}{tail}.</numerusform>
                <numerusform>{source}: %n Probleme, nichts wurde importiert: {shown}{tail}.</numerusform>
            </translation>
        </message>
        <message>
            <source>; and {more} more</source>
            <translation>; und {more} weitere</translation>
        </message>
    </context>
    <context>
        <name>Imported</name>
        <message>
            <source>{stages}, {cards} in {lanes}, {personas}, {points}</source>
            <translation>{stages}, {cards} in {lanes}, {personas}, {points}</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n Phase</numerusform>
                <numerusform>%n Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n Bahn</numerusform>
                <numerusform>%n Bahnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>%n Persona</numerusform>
                <numerusform>%n Personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion point(s)</source>
            <translation>
                <numerusform>%n Emotionspunkt</numerusform>
                <numerusform>%n Emotionspunkte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Inspector</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>Open a map to see and edit its properties here.</source>
            <translation>Öffnen Sie eine Map, um hier ihre Eigenschaften zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>This was changed by someone else while you were typing; your text was saved over their change (Undo brings theirs back).</source>
            <translation>Dies wurde von jemand anderem geändert, während Sie tippten; Ihr Text hat die Änderung überschrieben (Rückgängig holt sie zurück).</translation>
        </message>
        <message>
            <source>Typed while the connection to the library was lost; not saved yet.</source>
            <translation>Eingegeben, während die Verbindung zur Bibliothek unterbrochen war; noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>What you typed in the inspector while the connection was lost, before jmdesigner stopped, is saved now.</source>
            <translation>Was Sie im Inspektor eingegeben haben, während die Verbindung unterbrochen war, bevor jmdesigner beendet wurde, ist jetzt gespeichert.</translation>
        </message>
        <message>
            <source>someone else deleted what it was typed for meanwhile</source>
            <translation>jemand anderes hat inzwischen gelöscht, wofür es eingegeben wurde</translation>
        </message>
        <message>
            <source>What you typed while the connection was lost could not be saved ({reason}); it is on the clipboard.</source>
            <translation>Was Sie eingegeben haben, während die Verbindung unterbrochen war, konnte nicht gespeichert werden ({reason}); es liegt in der Zwischenablage.</translation>
        </message>
        <message>
            <source>A change you made while the connection was lost could not be saved ({reason}).</source>
            <translation>Eine Änderung, die Sie vorgenommen haben, während die Verbindung unterbrochen war, konnte nicht gespeichert werden ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>InspectorLinks</name>
        <message>
            <source>No links yet: Link to…, or Alt-drag onto another card</source>
            <translation>Noch keine Verknüpfungen: Verknüpfen mit… oder mit Alt auf eine andere Karte ziehen</translation>
        </message>
        <message>
            <source>Link to…</source>
            <translation>Verknüpfen mit…</translation>
        </message>
        <message>
            <source>Go to</source>
            <translation>Gehe zu</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>This card leads to it</source>
            <translation>Diese Karte führt dorthin</translation>
        </message>
        <message>
            <source>It leads to this card</source>
            <translation>Sie führt zu dieser Karte</translation>
        </message>
    </context>
    <context>
        <name>InspectorMap</name>
        <message>
            <source>Current state (as it is today)</source>
            <translation>Ist-Zustand (wie es heute ist)</translation>
        </message>
        <message>
            <source>Future state (as it should be)</source>
            <translation>Soll-Zustand (wie es sein soll)</translation>
        </message>
        <message>
            <source>Smooth</source>
            <translation>Glatt</translation>
        </message>
        <message>
            <source>Straight lines</source>
            <translation>Gerade Linien</translation>
        </message>
        <message>
            <source>Edit personas…</source>
            <translation>Personas bearbeiten…</translation>
        </message>
        <message>
            <source>This map has emotion scores but no Emotions lane, so its curve is not shown.</source>
            <translation>Diese Map hat Emotionswerte, aber keine Emotionsbahn; ihre Kurve wird daher nicht gezeigt.</translation>
        </message>
        <message>
            <source>Add an Emotions lane</source>
            <translation>Emotionsbahn hinzufügen</translation>
        </message>
        <message>
            <source>Add an Emotions lane to show the curve</source>
            <translation>Eine Emotionsbahn hinzufügen, um die Kurve zu zeigen</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Show the emotion curve</source>
            <translation>Emotionskurve zeigen</translation>
        </message>
        <message>
            <source>Change the map's personas</source>
            <translation>Die Personas der Map ändern</translation>
        </message>
        <message>
            <source>The current-state map this future-state map redesigns</source>
            <translation>Die Ist-Map, die diese Soll-Map neu gestaltet</translation>
        </message>
        <message>
            <source>Move persona up</source>
            <translation>Persona nach oben</translation>
        </message>
        <message>
            <source>Move persona down</source>
            <translation>Persona nach unten</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Reworks</source>
            <translation>Überarbeitet</translation>
        </message>
        <message>
            <source>Scale from</source>
            <translation>Skala von</translation>
        </message>
        <message>
            <source>Scale to</source>
            <translation>Skala bis</translation>
        </message>
        <message>
            <source>Curves</source>
            <translation>Kurven</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Curve</source>
            <translation>Kurve</translation>
        </message>
        <message>
            <source>Scope, goal, sources</source>
            <translation>Umfang, Ziel, Quellen</translation>
        </message>
        <message>
            <source>{name} in the legend</source>
            <translation>{name} in der Legende</translation>
        </message>
        <message>
            <source>No current-state map</source>
            <translation>Keine Ist-Map</translation>
        </message>
    </context>
    <context>
        <name>InspectorPages</name>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Links:</source>
            <translation>Verknüpfungen:</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <source>Emotion point</source>
            <translation>Emotionspunkt</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Persona:</source>
            <translation>Persona:</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Moment der Wahrheit</translation>
        </message>
        <message>
            <source>A make-or-break moment (marked on the card)</source>
            <translation>Ein entscheidender Moment (auf der Karte markiert)</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes apply to every selected card, as one undo step.</source>
            <translation>Änderungen gelten für jede ausgewählte Karte, als ein Rückgängig-Schritt.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Collapsed</source>
            <translation>Eingeklappt</translation>
        </message>
        <message>
            <source>Fold this lane to its header</source>
            <translation>Diese Bahn auf ihre Kopfzeile einklappen</translation>
        </message>
        <message>
            <source>Shows the personas' emotion curves</source>
            <translation>Zeigt die Emotionskurven der Personas</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>What happens here</source>
            <translation>Was hier passiert</translation>
        </message>
        <message>
            <source>Lane default</source>
            <translation>Wie die Bahn</translation>
        </message>
        <message>
            <source>e.g. Website, phone, shop</source>
            <translation>z. B. Website, Telefon, Laden</translation>
        </message>
        <message>
            <source>Who is responsible</source>
            <translation>Wer verantwortlich ist</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>durch Komma, getrennt</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Column {position} of {count}</source>
            <translation>Spalte {position} von {count}</translation>
        </message>
        <message>
            <source>Kind default</source>
            <translation>Wie die Art</translation>
        </message>
        <message>
            <source>Fit cards</source>
            <translation>An Karten anpassen</translation>
        </message>
        <message>
            <source>Why they feel this way</source>
            <translation>Warum sie so empfinden</translation>
        </message>
        <message>
            <source>At stage “{name}”</source>
            <translation>In der Phase „{name}“</translation>
        </message>
        <message>
            <source>From {low} (very negative) to {high} (very positive)</source>
            <translation>Von {low} (sehr negativ) bis {high} (sehr positiv)</translation>
        </message>
    </context>
    <context>
        <name>JmapFile</name>
        <message>
            <source>{file} is open read-only ({reason}).</source>
            <translation>{file} ist schreibgeschützt geöffnet ({reason}).</translation>
        </message>
        <message>
            <source>{file} was changed on disk by another program while open here, so editing stopped and the window is read-only; what you see is your last saved state. Use Save a Copy to keep it, or reopen the file to see the other version.</source>
            <translation>{file} wurde von einem anderen Programm auf dem Datenträger geändert, während die Datei hier offen war; daher ist Bearbeiten beendet und das Fenster schreibgeschützt. Sie sehen Ihren zuletzt gespeicherten Stand. Sichern Sie ihn mit „Kopie speichern unter“, oder öffnen Sie die Datei erneut, um die andere Fassung zu sehen.</translation>
        </message>
        <message>
            <source>{file} is damaged and was not opened ({detail}). Restore it from a backup.</source>
            <translation>{file} ist beschädigt und wurde nicht geöffnet ({detail}). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
        </message>
        <message>
            <source>{file} is damaged and was not opened ({detail}).</source>
            <translation>{file} ist beschädigt und wurde nicht geöffnet ({detail}).</translation>
        </message>
        <message>
            <source>{file} was moved or deleted while open, so your change was not saved. Use Save a Copy to keep your work.</source>
            <translation>{file} wurde verschoben oder gelöscht, während die Datei offen war; daher wurde Ihre Änderung nicht gespeichert. Sichern Sie Ihre Arbeit mit „Kopie speichern unter“.</translation>
        </message>
        <message>
            <source>{file} was changed on disk by another program, so the maps not shown yet cannot be read from it; reopen the file.</source>
            <translation>{file} wurde von einem anderen Programm auf dem Datenträger geändert; daher können die noch nicht gezeigten Maps nicht daraus gelesen werden. Öffnen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>A copy cannot replace the open file itself; choose another name.</source>
            <translation>Eine Kopie kann die geöffnete Datei nicht selbst ersetzen; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>The copy holds what the window shows but no named versions: {file} could not be read as this window left it.</source>
            <translation>Die Kopie enthält, was das Fenster zeigt, aber keine benannten Versionen: {file} konnte nicht so gelesen werden, wie dieses Fenster sie hinterlassen hat.</translation>
        </message>
        <message>
            <source>integrity check: {problem}</source>
            <translation>Integritätsprüfung: {problem}</translation>
        </message>
        <message>
            <source>a row of {table} points to a missing {parent} row</source>
            <translation>eine Zeile von {table} verweist auf eine fehlende Zeile von {parent}</translation>
        </message>
        <message>
            <source>{file} cannot be opened: {detail}.</source>
            <translation>{file} kann nicht geöffnet werden: {detail}.</translation>
        </message>
        <message>
            <source>{file} uses a journal mode jmdesigner never writes; it may come from another program and was not opened.</source>
            <translation>{file} verwendet einen Journal-Modus, den jmdesigner nie schreibt; die Datei stammt womöglich aus einem anderen Programm und wurde nicht geöffnet.</translation>
        </message>
        <message>
            <source>{file} contains database code jmdesigner did not write ({code}); it was not opened, for your safety.</source>
            <translation>{file} enthält Datenbank-Code, den jmdesigner nicht geschrieben hat ({code}); zu Ihrer Sicherheit wurde die Datei nicht geöffnet.</translation>
        </message>
        <message>
            <source>{file} is damaged or was changed by another program and was not opened: {difference}, and editing it could damage it.</source>
            <translation>{file} ist beschädigt oder wurde von einem anderen Programm geändert und wurde nicht geöffnet: {difference}; Bearbeiten könnte die Datei beschädigen.</translation>
        </message>
        <message>
            <source>{problem} Your change was not saved.</source>
            <translation>{problem} Ihre Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>{file} was not opened: {stray} beside it does not belong to it, and it could not be set aside ({detail}); move that file away first.</source>
            <translation>{file} wurde nicht geöffnet: {stray} daneben gehört nicht dazu und konnte nicht beiseitegelegt werden ({detail}); verschieben Sie diese Datei zuerst an einen anderen Ort.</translation>
        </message>
        <message>
            <source>{file} was being saved when a program stopped, and finishing that needs write access; open it normally (not read-only, from a folder you may write to) and jmdesigner will complete the recovery.</source>
            <translation>{file} wurde gerade gespeichert, als ein Programm abbrach, und das Abschließen braucht Schreibzugriff; öffnen Sie die Datei normal (nicht schreibgeschützt, aus einem Ordner, in den Sie schreiben dürfen), dann schließt jmdesigner die Wiederherstellung ab.</translation>
        </message>
        <message>
            <source>{file} holds more than {limit:,} {table}, more than jmdesigner can open; it was not opened.</source>
            <translation>{file} enthält mehr als {limit:,} Einträge in {table}, mehr als jmdesigner öffnen kann; die Datei wurde nicht geöffnet.</translation>
        </message>
        <message>
            <source>{file} cannot be opened ({detail}).</source>
            <translation>{file} kann nicht geöffnet werden ({detail}).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it or choose another.</source>
            <translation>Der Ordner {folder} existiert nicht; legen Sie ihn an oder wählen Sie einen anderen.</translation>
        </message>
        <message>
            <source>The folder {folder} is read-only, so {file} cannot be saved there; choose another folder.</source>
            <translation>Der Ordner {folder} ist schreibgeschützt, daher kann {file} dort nicht gespeichert werden; wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{file} already exists; choose another name or delete it first.</source>
            <translation>{file} gibt es bereits; wählen Sie einen anderen Namen oder löschen Sie die Datei zuerst.</translation>
        </message>
    </context>
    <context>
        <name>JsonMap</name>
        <message>
            <source>no {key} named {name} (known: {known}).</source>
            <translation>kein Eintrag „{key}“ namens {name} (bekannt: {known}).</translation>
        </message>
        <message>
            <source>“reworks” must be the title of a map, or null.</source>
            <translation>„reworks“ muss der Titel einer Map sein oder null.</translation>
        </message>
        <message>
            <source>must be a list of texts.</source>
            <translation>muss eine Liste von Texten sein.</translation>
        </message>
        <message>
            <source>must be a list of [name, score] pairs.</source>
            <translation>muss eine Liste von [Name, Wert]-Paaren sein.</translation>
        </message>
        <message>
            <source>must be base64 text.</source>
            <translation>muss Base64-Text sein.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>must be an object { … }.</source>
            <translation>muss ein Objekt { … } sein.</translation>
        </message>
        <message>
            <source>must be a list [ … ].</source>
            <translation>muss eine Liste [ … ] sein.</translation>
        </message>
        <message>
            <source>must name a map by its title and a card by its index there.</source>
            <translation>muss eine Map über ihren Titel und eine Karte über ihren Index dort nennen.</translation>
        </message>
        <message>
            <source>{where}: a second point for the same persona and stage.</source>
            <translation>{where}: ein zweiter Punkt für dieselbe Persona und Phase.</translation>
        </message>
        <message>
            <source>is not valid base64.</source>
            <translation>ist kein gültiges Base64.</translation>
        </message>
        <message>
            <source>this is not a jmdesigner map (“format” must be “{format}”).</source>
            <translation>dies ist keine jmdesigner-Map („format“ muss „{format}“ sein).</translation>
        </message>
        <message>
            <source>map format version {found} is not supported; this jmdesigner reads version {version}. Update jmdesigner.</source>
            <translation>die Map-Formatversion {found} wird nicht unterstützt; dieses jmdesigner liest Version {version}. Bitte aktualisieren Sie jmdesigner.</translation>
        </message>
        <message>
            <source>must be the index of a card of this map (0..{last}).</source>
            <translation>muss der Index einer Karte dieser Map sein (0..{last}).</translation>
        </message>
        <message>
            <source>unknown key “{key}” (allowed: {allowed}).</source>
            <translation>unbekannter Schlüssel „{key}“ (erlaubt: {allowed}).</translation>
        </message>
        <message>
            <source>a link joins a card of this map to another card; neither end is on this map.</source>
            <translation>eine Verknüpfung verbindet eine Karte dieser Map mit einer anderen Karte; keines der Enden liegt auf dieser Map.</translation>
        </message>
        <message>
            <source>“{name}” appears twice; names must be unique.</source>
            <translation>„{name}“ kommt zweimal vor; Namen müssen eindeutig sein.</translation>
        </message>
        <message>
            <source>“{key}” is required.</source>
            <translation>„{key}“ ist erforderlich.</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Ctrl+Home</source>
            <translation>Strg+Pos1</translation>
        </message>
        <message>
            <source>Select the first cell of the first lane that takes cards</source>
            <translation>Die erste Zelle der ersten Bahn mit Karten auswählen</translation>
        </message>
        <message>
            <source>Arrows</source>
            <translation>Pfeiltasten</translation>
        </message>
        <message>
            <source>Move between cells and cards</source>
            <translation>Zwischen Zellen und Karten wechseln</translation>
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Umschalt+Tab</translation>
        </message>
        <message>
            <source>Next or previous cell (the keyboard stays on the canvas)</source>
            <translation>Nächste oder vorherige Zelle (die Tastatur bleibt auf der Map)</translation>
        </message>
        <message>
            <source>Any character</source>
            <translation>Beliebiges Zeichen</translation>
        </message>
        <message>
            <source>Start a new card in the selected cell, or after the selected card</source>
            <translation>Eine neue Karte in der ausgewählten Zelle beginnen oder nach der ausgewählten Karte</translation>
        </message>
        <message>
            <source>Enter, F2</source>
            <translation>Eingabe, F2</translation>
        </message>
        <message>
            <source>Edit the selected card (or a new card in the selected cell)</source>
            <translation>Die ausgewählte Karte bearbeiten (oder eine neue Karte in der ausgewählten Zelle)</translation>
        </message>
        <message>
            <source>Ctrl+Arrows</source>
            <translation>Strg+Pfeiltasten</translation>
        </message>
        <message>
            <source>Move the selected cards to the neighbouring cell</source>
            <translation>Die ausgewählten Karten in die Nachbarzelle verschieben</translation>
        </message>
        <message>
            <source>Ctrl+Left, Ctrl+Right</source>
            <translation>Strg+Links, Strg+Rechts</translation>
        </message>
        <message>
            <source>On a stage header: move the stage (Ctrl+Up, Ctrl+Down: a lane on its header)</source>
            <translation>Auf einem Phasenkopf: die Phase verschieben (Strg+Auf, Strg+Ab: eine Bahn auf ihrem Kopf)</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Entf</translation>
        </message>
        <message>
            <source>Delete the selected cards, emotion point, stage or lane</source>
            <translation>Die ausgewählten Karten, den Emotionspunkt, die Phase oder die Bahn löschen</translation>
        </message>
        <message>
            <source>Up, Down</source>
            <translation>Auf, Ab</translation>
        </message>
        <message>
            <source>On an emotion point: raise or lower its score</source>
            <translation>Auf einem Emotionspunkt: seinen Wert erhöhen oder senken</translation>
        </message>
        <message>
            <source>Left, Right</source>
            <translation>Links, Rechts</translation>
        </message>
        <message>
            <source>On an emotion point: the same persona's point in the next stage (placed at this score where it has none); a cell's Menu reaches a persona's point in its stage</source>
            <translation>Auf einem Gefühlspunkt: der Punkt derselben Persona in der nächsten Phase (mit diesem Wert gesetzt, wo sie keinen hat); das Menü einer Zelle erreicht den Punkt einer Persona in ihrer Phase</translation>
        </message>
        <message>
            <source>Menu, Shift+F10</source>
            <translation>Menütaste, Umschalt+F10</translation>
        </message>
        <message>
            <source>The context menu of the selected object</source>
            <translation>Das Kontextmenü des ausgewählten Objekts</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>Die Auswahl aufheben</translation>
        </message>
        <message>
            <source>Space + drag</source>
            <translation>Leertaste + Ziehen</translation>
        </message>
        <message>
            <source>Pan the map</source>
            <translation>Die Map verschieben</translation>
        </message>
        <message>
            <source>Ctrl+wheel</source>
            <translation>Strg+Mausrad</translation>
        </message>
        <message>
            <source>Zoom around the pointer</source>
            <translation>Um den Mauszeiger zoomen</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Add the card (the cell stays selected: type the next one)</source>
            <translation>Die Karte hinzufügen (die Zelle bleibt ausgewählt: gleich die nächste tippen)</translation>
        </message>
        <message>
            <source>Shift+Enter</source>
            <translation>Umschalt+Eingabe</translation>
        </message>
        <message>
            <source>A new line in the card</source>
            <translation>Eine neue Zeile in der Karte</translation>
        </message>
        <message>
            <source>Leave the editor and keep the text (Ctrl+Z takes it back)</source>
            <translation>Den Editor verlassen und den Text behalten (Strg+Z nimmt ihn zurück)</translation>
        </message>
        <message>
            <source>Keep the text and go to the next or previous cell; in a stage's or lane's name, type the next or previous stage's or lane's name</source>
            <translation>Den Text behalten und zur nächsten oder vorherigen Zelle gehen; im Namen einer Phase oder Bahn den Namen der nächsten oder vorherigen Phase oder Bahn eingeben</translation>
        </message>
        <message>
            <source>This map has no persona yet: add one (Map ▸ Personas…, Ctrl+Shift+P), then set how they felt.</source>
            <translation>Diese Map hat noch keine Persona: Fügen Sie eine hinzu (Map ▸ Personas…, Strg+Umschalt+P) und legen Sie dann fest, wie sie sich fühlte.</translation>
        </message>
        <message>
            <source>Deleted {cards} and {links}; Undo brings them back.</source>
            <translation>{cards} und {links} gelöscht; Rückgängig holt sie zurück.</translation>
        </message>
        <message>
            <source>This map has no lane that takes cards: add one, then type.</source>
            <translation>Diese Map hat keine Bahn, die Karten aufnimmt: Fügen Sie eine hinzu, dann tippen Sie.</translation>
        </message>
        <message>
            <source>{name} at {stage}: {score}. Up and Down change it, Left and Right go to the next stage.</source>
            <translation>{name} bei {stage}: {score}. Auf und Ab ändern den Wert, Links und Rechts gehen zur nächsten Phase.</translation>
        </message>
        <message>
            <source>No cell was selected: the card goes into {lane} · {stage}.</source>
            <translation>Keine Zelle war gewählt: Die Karte kommt in {lane} · {stage}.</translation>
        </message>
        <message>
            <source>Page Down, Page Up</source>
            <translation>Bild ab, Bild auf</translation>
        </message>
        <message>
            <source>Next or previous stage in focus, with any input method (a card being typed is added first)</source>
            <translation>Nächste oder vorherige Phase in den Fokus, mit jeder Eingabemethode (eine Karte, die gerade getippt wird, wird zuerst angelegt)</translation>
        </message>
        <message>
            <source>], [</source>
            <translation>], [</translation>
        </message>
        <message>
            <source>The same when no card is being typed (an input method may type them as text)</source>
            <translation>Dasselbe, wenn gerade keine Karte getippt wird (eine Eingabemethode kann sie als Text tippen)</translation>
        </message>
        <message>
            <source>V, +</source>
            <translation>V, +</translation>
        </message>
        <message>
            <source>While voting: a dot for the selected cards (a capital V starts a card)</source>
            <translation>Beim Abstimmen: ein Punkt für die ausgewählten Karten (ein großes V beginnt eine Karte)</translation>
        </message>
        <message>
            <source>-</source>
            <translation>-</translation>
        </message>
        <message>
            <source>While voting: take a dot back</source>
            <translation>Beim Abstimmen: einen Punkt zurücknehmen</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Strg+F</translation>
        </message>
        <message>
            <source>Find a card on the map shown (a card being typed is added first): Enter the next, Esc back to the map on the card found</source>
            <translation>Eine Karte auf der gezeigten Map suchen (eine Karte in Arbeit wird zuerst hinzugefügt): Eingabe die nächste, Esc zurück zur Map auf die gefundene Karte</translation>
        </message>
        <message>
            <source>Ctrl+J</source>
            <translation>Strg+J</translation>
        </message>
        <message>
            <source>Fold the room's join code into a small tab, or bring it back (a click on it too)</source>
            <translation>Den Beitrittscode des Raums zu einem kleinen Reiter einklappen oder zurückholen (auch mit einem Klick darauf)</translation>
        </message>
        <message>
            <source>Leave workshop mode (while a card is typed, the first Esc adds it)</source>
            <translation>Workshop-Modus verlassen (wird gerade eine Karte getippt, legt das erste Esc sie an)</translation>
        </message>
    </context>
    <context>
        <name>LaneKind</name>
        <message>
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Kundenaktionen</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Gedanken</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Emotionen</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pain Points</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Chancen</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Backstage</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Eigene</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Physische Belege</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Frontstage</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Unterstützungsprozesse</translation>
        </message>
    </context>
    <context>
        <name>LastChange</name>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>vor %n Stunde</numerusform>
                <numerusform>vor %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>vor %n Minute</numerusform>
                <numerusform>vor %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Last changed by {who}, {ago}</source>
            <translation>Zuletzt geändert von {who}, {ago}</translation>
        </message>
        <message>
            <source>on {day} {month_year}</source>
            <translation>am {day}. {month_year}</translation>
        </message>
        <message>
            <source>Last changed by you, {ago}</source>
            <translation>Zuletzt von Ihnen geändert, {ago}</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialogs</name>
        <message>
            <source>Team library (postgresql://user@host:port/database; the password may come from ~/.pgpass):</source>
            <translation>Team-Bibliothek (postgresql://benutzer@host:port/datenbank; das Passwort kann aus ~/.pgpass kommen):</translation>
        </message>
        <message>
            <source>“{text}” is not a library address; it starts with postgresql://, as in {EXAMPLE}.</source>
            <translation>„{text}“ ist keine Bibliotheksadresse; sie beginnt mit postgresql://, wie in {EXAMPLE}.</translation>
        </message>
    </context>
    <context>
        <name>LibraryWatch</name>
        <message>
            <source>The automatic backup failed: {problem} Your edits are still saved.</source>
            <translation>Die automatische Sicherung ist fehlgeschlagen: {problem} Ihre Änderungen sind weiterhin gespeichert.</translation>
        </message>
        <message>
            <source>Connected to the library at {name} again; editing is back on.</source>
            <translation>Wieder mit der Bibliothek auf {name} verbunden; Bearbeiten ist wieder möglich.</translation>
        </message>
        <message>
            <source>The connection to the library at {name} was lost; the window is read-only and shows what it last had. jmdesigner keeps trying to reconnect.</source>
            <translation>Die Verbindung zur Bibliothek auf {name} ist verloren; das Fenster ist schreibgeschützt und zeigt den letzten Stand. jmdesigner versucht weiter, sich neu zu verbinden.</translation>
        </message>
    </context>
    <context>
        <name>LinkDrag</name>
        <message>
            <source>(empty card)</source>
            <translation>(leere Karte)</translation>
        </message>
        <message>
            <source>Link to Card…</source>
            <translation>Mit Karte verknüpfen…</translation>
        </message>
        <message>
            <source>Remove Link</source>
            <translation>Verknüpfung entfernen</translation>
        </message>
        <message>
            <source>Show All Links</source>
            <translation>Alle Verknüpfungen zeigen</translation>
        </message>
        <message>
            <source>Drop on another card to link the two.</source>
            <translation>Auf einer anderen Karte ablegen, um beide zu verknüpfen.</translation>
        </message>
        <message>
            <source>Linked. The link shows as a badge on both cards; select one to see it.</source>
            <translation>Verknüpft. Die Verknüpfung erscheint als Symbol auf beiden Karten; wählen Sie eine aus, um sie zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>LinkPicker</name>
        <message>
            <source>Link to card</source>
            <translation>Mit Karte verknüpfen</translation>
        </message>
        <message>
            <source>Type to find a card (text, stage, lane or map)</source>
            <translation>Tippen, um eine Karte zu finden (Text, Phase, Bahn oder Map)</translation>
        </message>
        <message>
            <source>Link “{card_label}” to:</source>
            <translation>„{card_label}“ verknüpfen mit:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Journey maps (*.jmap)</source>
            <translation>Journey Maps (*.jmap)</translation>
        </message>
        <message>
            <source>Editing… Enter to add, Shift+Enter new line, Esc to leave</source>
            <translation>Bearbeiten… Eingabe fügt hinzu, Umschalt+Eingabe neue Zeile, Esc verlässt</translation>
        </message>
        <message>
            <source>The card you were typing when jmdesigner stopped is back: Enter adds it.</source>
            <translation>Die Karte, die Sie tippten, als jmdesigner beendet wurde, ist zurück: Eingabe fügt sie hinzu.</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n map(s) to the library {name}.</source>
            <translation>
                <numerusform>%n Map in die Bibliothek {name} kopiert.</numerusform>
                <numerusform>%n Maps in die Bibliothek {name} kopiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The stage name you were typing when jmdesigner stopped is back: Enter renames it.</source>
            <translation>Der Phasenname, den Sie tippten, als jmdesigner beendet wurde, ist zurück: Eingabe benennt um.</translation>
        </message>
        <message>
            <source>The lane name you were typing when jmdesigner stopped is back: Enter renames it.</source>
            <translation>Der Bahnname, den Sie tippten, als jmdesigner beendet wurde, ist zurück: Eingabe benennt um.</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Hauptleiste</translation>
        </message>
        <message>
            <source>The room was open when jmdesigner stopped: it is open again on the same link.</source>
            <translation>Der Raum war offen, als jmdesigner beendet wurde: Er ist wieder offen, mit demselben Link.</translation>
        </message>
        <message>
            <source>Save the sample map as</source>
            <translation>Beispiel-Map speichern als</translation>
        </message>
        <message>
            <source>Save the imported journey as</source>
            <translation>Importierte Journey speichern als</translation>
        </message>
        <message>
            <source>New journey map file</source>
            <translation>Neue Journey-Map-Datei</translation>
        </message>
        <message>
            <source>Open journey map</source>
            <translation>Journey Map öffnen</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Kopie speichern</translation>
        </message>
        <message>
            <source>Export map as JSON</source>
            <translation>Map als JSON exportieren</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Excel workbook, one row per card (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe, eine Zeile pro Karte (*.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook, stages × lanes grid (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe, Raster Phasen × Bahnen (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, one row per card (*.csv)</source>
            <translation>CSV, eine Zeile pro Karte (*.csv)</translation>
        </message>
        <message>
            <source>CSV, stages × lanes grid (*.csv)</source>
            <translation>CSV, Raster Phasen × Bahnen (*.csv)</translation>
        </message>
        <message>
            <source>Export map as spreadsheet</source>
            <translation>Map als Tabelle exportieren</translation>
        </message>
        <message>
            <source>Import map from JSON</source>
            <translation>Map aus JSON importieren</translation>
        </message>
        <message>
            <source>journey maps</source>
            <translation>Journey Maps</translation>
        </message>
        <message>
            <source>About jmdesigner</source>
            <translation>Über jmdesigner</translation>
        </message>
        <message>
            <source>Only journey maps ({jmap}), journeys to import ({journeys}) and spreadsheets ({tables}) can be dropped here.</source>
            <translation>Nur Journey Maps ({jmap}), zu importierende Journeys ({journeys}) und Tabellen ({tables}) können hier abgelegt werden.</translation>
        </message>
        <message>
            <source>About this file</source>
            <translation>Über diese Datei</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle Änderungen gespeichert</translation>
        </message>
        <message>
            <source>Waiting for the library server at {name} to answer…</source>
            <translation>Warte auf die Antwort des Bibliotheksservers auf {name} …</translation>
        </message>
        <message>
            <source>Open Team Library</source>
            <translation>Team-Bibliothek öffnen</translation>
        </message>
        <message>
            <source>Save a Copy to a Team Library</source>
            <translation>Kopie in einer Team-Bibliothek speichern</translation>
        </message>
        <message>
            <source>That is the library open in this window.</source>
            <translation>Das ist die Bibliothek, die in diesem Fenster offen ist.</translation>
        </message>
        <message numerus="yes">
            <source>Their %n named version(s) came along.</source>
            <translation>
                <numerusform>%n benannte Version wurde mitkopiert.</numerusform>
                <numerusform>%n benannte Versionen wurden mitkopiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file could not be created</source>
            <translation>Die Datei konnte nicht angelegt werden</translation>
        </message>
        <message>
            <source>No file is open.</source>
            <translation>Keine Datei ist geöffnet.</translation>
        </message>
        <message>
            <source>Saved a copy as {name}; you are still editing {name2}.</source>
            <translation>Kopie als {name} gespeichert; Sie bearbeiten weiterhin {name2}.</translation>
        </message>
        <message>
            <source>{gone} was moved or deleted: you are now editing the copy, {name}.</source>
            <translation>{gone} wurde verschoben oder gelöscht: Sie bearbeiten jetzt die Kopie, {name}.</translation>
        </message>
        <message>
            <source>{name} copy</source>
            <translation>{name} Kopie</translation>
        </message>
        <message>
            <source>The copy could not be saved</source>
            <translation>Die Kopie konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>The export could not be saved</source>
            <translation>Der Export konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Open a map to export first.</source>
            <translation>Öffnen Sie zuerst eine Map zum Exportieren.</translation>
        </message>
        <message>
            <source>Exported without the held notes</source>
            <translation>Ohne die Notizen im Eingang exportiert</translation>
        </message>
        <message>
            <source>Open a file to import into first.</source>
            <translation>Öffnen Sie zuerst eine Datei, in die importiert wird.</translation>
        </message>
        <message>
            <source>The clipboard holds no text; copy a Mermaid journey block first.</source>
            <translation>Die Zwischenablage enthält keinen Text; kopieren Sie zuerst einen Mermaid-Journey-Block.</translation>
        </message>
        <message>
            <source>Imported as a new map; Undo takes it away again.</source>
            <translation>Als neue Map importiert; Rückgängig entfernt sie wieder.</translation>
        </message>
        <message>
            <source>No file open</source>
            <translation>Keine Datei geöffnet</translation>
        </message>
        <message>
            <source>jmdesigner</source>
            <translation>jmdesigner</translation>
        </message>
        <message>
            <source>The card you were typing is back, but its {length:,} characters pass the {limit:,} a card holds: shorten it, then press Enter.</source>
            <translation>Die Karte, die Sie tippten, ist zurück, aber ihre {length:,} Zeichen überschreiten die {limit:,}, die eine Karte fasst: Kürzen Sie sie, dann drücken Sie Eingabe.</translation>
        </message>
        <message>
            <source>The room was open when jmdesigner stopped, but could not open again: {why}</source>
            <translation>Der Raum war offen, als jmdesigner beendet wurde, konnte aber nicht wieder geöffnet werden: {why}</translation>
        </message>
        <message>
            <source>{name} was moved or deleted, so changes cannot be saved in it. Use Save a Copy to keep your work.</source>
            <translation>{name} wurde verschoben oder gelöscht, daher können Änderungen nicht darin gespeichert werden. Sichern Sie Ihre Arbeit mit „Kopie speichern unter“.</translation>
        </message>
        <message>
            <source>The card you were typing is in its editor: Enter adds it.</source>
            <translation>Die Karte, die Sie gerade tippten, ist in ihrem Editor: Eingabe fügt sie hinzu.</translation>
        </message>
        <message>
            <source>The card you were typing is on the clipboard.</source>
            <translation>Die Karte, die Sie gerade tippten, ist in der Zwischenablage.</translation>
        </message>
        <message>
            <source>Exported the map to {name}.</source>
            <translation>Map nach {name} exportiert.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Nach {name} exportiert.</translation>
        </message>
        <message>
            <source>Redone on “{title}”, shown now: {label}.</source>
            <translation>Wiederhergestellt auf „{title}“, jetzt angezeigt: {label}.</translation>
        </message>
        <message>
            <source>Undone on “{title}”, shown now: {label}.</source>
            <translation>Rückgängig gemacht auf „{title}“, jetzt angezeigt: {label}.</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Last error: {exc}</source>
            <translation>Letzter Fehler: {exc}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;jmdesigner {version}&lt;/h3&gt;&lt;p&gt;A desktop designer for customer journey maps.&lt;/p&gt;&lt;p&gt;Every change is saved to the file as you make it.&lt;/p&gt;&lt;p&gt;Log file: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT licence. Icons: Lucide (ISC). Fonts: Noto and Nanum (OFL), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;jmdesigner {version}&lt;/h3&gt;&lt;p&gt;Ein Desktop-Designer für Customer Journey Maps.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort in der Datei gespeichert.&lt;/p&gt;&lt;p&gt;Protokolldatei: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT-Lizenz. Symbole: Lucide (ISC). Schriften: Noto und Nanum (OFL), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>{name} is already open in this window.</source>
            <translation>{name} ist in diesem Fenster bereits geöffnet.</translation>
        </message>
        <message>
            <source>The map of the card you were typing when jmdesigner stopped is gone; its text is on the clipboard.</source>
            <translation>Die Map der Karte, die Sie tippten, als jmdesigner beendet wurde, gibt es nicht mehr; ihr Text liegt in der Zwischenablage.</translation>
        </message>
        <message>
            <source>Nothing can be saved in {name} now: {read_only_reason}.</source>
            <translation>In {name} kann jetzt nichts gespeichert werden: {read_only_reason}.</translation>
        </message>
        <message>
            <source>{name} is the open document; export the map under another name.</source>
            <translation>{name} ist das geöffnete Dokument; exportieren Sie die Map unter einem anderen Namen.</translation>
        </message>
        <message>
            <source>Open a file you can edit first, then drop {name} on it to import it.</source>
            <translation>Öffnen Sie zuerst eine bearbeitbare Datei und legen Sie dann {name} darauf ab, um sie zu importieren.</translation>
        </message>
        <message>
            <source>Library {name}</source>
            <translation>Bibliothek {name}</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <source>{name} — jmdesigner</source>
            <translation>{name} — jmdesigner</translation>
        </message>
        <message>
            <source>{name} [read-only] — jmdesigner</source>
            <translation>{name} [schreibgeschützt] — jmdesigner</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Card last changed by {who}.</source>
            <translation>Karte zuletzt geändert von {who}.</translation>
        </message>
        <message>
            <source>{name} is read-only: {read_only_reason}. Use Save a Copy to keep your work.</source>
            <translation>{name} ist schreibgeschützt: {read_only_reason}. Sichern Sie Ihre Arbeit mit „Kopie speichern unter“.</translation>
        </message>
        <message>
            <source>&amp;Undo {undo_label}</source>
            <translation>&amp;Rückgängig: {undo_label}</translation>
        </message>
        <message>
            <source>&amp;Redo {redo_label}</source>
            <translation>&amp;Wiederholen: {redo_label}</translation>
        </message>
        <message>
            <source>Read-only: {read_only_reason}.</source>
            <translation>Schreibgeschützt: {read_only_reason}.</translation>
        </message>
        <message>
            <source>All other changes are saved in {name}; the card being typed is saved when you press Enter or click elsewhere.</source>
            <translation>Alle anderen Änderungen sind in {name} gespeichert; die Karte, die gerade getippt wird, wird gespeichert, wenn Sie Enter drücken oder woanders klicken.</translation>
        </message>
        <message>
            <source>All changes are saved in {name}.</source>
            <translation>Alle Änderungen sind in {name} gespeichert.</translation>
        </message>
        <message>
            <source>Read-only: {read_only_reason}. Use Save a Copy to edit.</source>
            <translation>Schreibgeschützt: {read_only_reason}. Bearbeiten Sie eine Kopie (Kopie speichern unter).</translation>
        </message>
        <message>
            <source>&amp;Guides</source>
            <translation>&amp;Anleitungen</translation>
        </message>
        <message>
            <source>All changes saved · {time}</source>
            <translation>Alle Änderungen gespeichert · {time}</translation>
        </message>
    </context>
    <context>
        <name>MapBuilder</name>
        <message>
            <source>more than {count} cards; split the journey.</source>
            <translation>mehr als {count} Karten; teilen Sie die Journey auf.</translation>
        </message>
        <message>
            <source>refers to a stage or lane that could not be created.</source>
            <translation>verweist auf eine Phase oder Bahn, die nicht angelegt werden konnte.</translation>
        </message>
    </context>
    <context>
        <name>MapDrawing</name>
        <message>
            <source>JOURNEY MAP</source>
            <translation>JOURNEY MAP</translation>
        </message>
    </context>
    <context>
        <name>MapImport</name>
        <message>
            <source>The pasted text</source>
            <translation>Der eingefügte Text</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more line(s)</source>
            <translation>
                <numerusform>… und %n weitere Zeile</numerusform>
                <numerusform>… und %n weitere Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Import a journey</source>
            <translation>Eine Journey importieren</translation>
        </message>
        <message>
            <source>Spreadsheets ({patterns})</source>
            <translation>Tabellen ({patterns})</translation>
        </message>
        <message>
            <source>Journeys and spreadsheets ({patterns})</source>
            <translation>Journeys und Tabellen ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>What will be created</source>
            <translation>Was angelegt wird</translation>
        </message>
        <message>
            <source>Notes and problems</source>
            <translation>Hinweise und Probleme</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Nothing will be created. Fix the source and try again.</source>
            <translation>Es wird nichts angelegt. Beheben Sie die Quelle und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Emotion curves (in “{lane}”), on a scale of {low}..{high}:</source>
            <translation>Emotionskurven (in „{lane}“), auf einer Skala von {low}..{high}:</translation>
        </message>
        <message>
            <source>Emotion curves, on a scale of {low}..{high}:</source>
            <translation>Emotionskurven, auf einer Skala von {low}..{high}:</translation>
        </message>
        <message>
            <source>Import {source}</source>
            <translation>{source} importieren</translation>
        </message>
        <message>
            <source>{format}: “{title}”</source>
            <translation>{format}: „{title}“</translation>
        </message>
        <message>
            <source>Will create a new map: {item}.</source>
            <translation>Legt eine neue Map an: {item}.</translation>
        </message>
        <message>
            <source>{source} cannot be imported: {count}</source>
            <translation>{source} kann nicht importiert werden: {count}</translation>
        </message>
        <message>
            <source>(empty card)</source>
            <translation>(leere Karte)</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Hinweis: {note}</translation>
        </message>
    </context>
    <context>
        <name>MapNavigator</name>
        <message>
            <source>Rename this map</source>
            <translation>Diese Map umbenennen</translation>
        </message>
        <message>
            <source>Move this map up</source>
            <translation>Diese Map nach oben</translation>
        </message>
        <message>
            <source>Move this map down</source>
            <translation>Diese Map nach unten</translation>
        </message>
        <message>
            <source>Maps</source>
            <translation>Maps</translation>
        </message>
        <message>
            <source>Maps in this file</source>
            <translation>Maps in dieser Datei</translation>
        </message>
        <message>
            <source>Map actions</source>
            <translation>Map-Aktionen</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Neu…</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>Soll-Zustand</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>More map actions</source>
            <translation>Weitere Map-Aktionen</translation>
        </message>
        <message>
            <source>New Map…</source>
            <translation>Neue Map…</translation>
        </message>
        <message>
            <source>Add a map from a template</source>
            <translation>Eine Map aus einer Vorlage hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Copy this map</source>
            <translation>Diese Map kopieren</translation>
        </message>
        <message>
            <source>Copy this current-state map as a linked future-state map</source>
            <translation>Diese Ist-Map als verknüpfte Soll-Map kopieren</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete this map (undoable)</source>
            <translation>Diese Map löschen (rückgängig machbar)</translation>
        </message>
        <message>
            <source>future state</source>
            <translation>Soll-Zustand</translation>
        </message>
        <message>
            <source>current state</source>
            <translation>Ist-Zustand</translation>
        </message>
        <message>
            <source>Deleted “{title}”. Undo (Ctrl+Z) brings it back.</source>
            <translation>„{title}“ gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
        </message>
    </context>
    <context>
        <name>MapPages</name>
        <message>
            <source>{tile}  ·  row {row}, column {column}  ·  {rows} × {columns} pages  ·  {title}</source>
            <translation>{tile}  ·  Reihe {row}, Spalte {column}  ·  {rows} × {columns} Seiten  ·  {title}</translation>
        </message>
        <message>
            <source>Trim at the crop marks; the dashed strip lies under its neighbour.</source>
            <translation>An den Schnittmarken beschneiden; der gestrichelte Streifen liegt unter dem Nachbarblatt.</translation>
        </message>
        <message>
            <source>Assembly overview</source>
            <translation>Montageübersicht</translation>
        </message>
        <message>
            <source>Lay out the pages as below, trim and glue.</source>
            <translation>Legen Sie die Seiten wie unten aus, beschneiden und kleben Sie sie.</translation>
        </message>
        <message numerus="yes">
            <source>%n empty tile(s) left out (crossed).</source>
            <translation>
                <numerusform>%n leere Kachel ausgelassen (durchgestrichen).</numerusform>
                <numerusform>%n leere Kacheln ausgelassen (durchgestrichen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Seite {page}</translation>
        </message>
        <message>
            <source>Assembly overview — {title}</source>
            <translation>Montageübersicht — {title}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) in a grid of {rows} × {columns} at scale {scale:g}, {overlap:g} mm overlap.</source>
            <translation>
                <numerusform>%n Seite in einem Raster von {rows} × {columns} im Maßstab {scale:g}, {overlap:g} mm Überlappung.</numerusform>
                <numerusform>%n Seiten in einem Raster von {rows} × {columns} im Maßstab {scale:g}, {overlap:g} mm Überlappung.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapViews</name>
        <message>
            <source>This library has no maps yet.
Use Map ▸ New Map… (Ctrl+Shift+N) to add one.</source>
            <translation>Diese Bibliothek hat noch keine Maps.
Fügen Sie mit Map ▸ Neue Map… (Strg+Umschalt+N) eine hinzu.</translation>
        </message>
        <message>
            <source>{who} deleted the map “{title}” you were looking at; Undo in their window brings it back.</source>
            <translation>{who} hat die Karte „{title}“ gelöscht, die Sie gerade ansahen; Rückgängig in deren Fenster holt sie zurück.</translation>
        </message>
        <message>
            <source>This file has no maps yet.
Use Map ▸ New Map… (Ctrl+Shift+N) to add one.</source>
            <translation>Diese Datei hat noch keine Maps.
Fügen Sie mit Map ▸ Neue Map… (Strg+Umschalt+N) eine hinzu.</translation>
        </message>
        <message>
            <source>No maps</source>
            <translation>Keine Maps</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Jemand anderes</translation>
        </message>
        <message>
            <source>You (in another window)</source>
            <translation>Sie (in einem anderen Fenster)</translation>
        </message>
    </context>
    <context>
        <name>MarkdownImport</name>
        <message>
            <source>{name} has no ```mermaid block with a journey diagram in it.</source>
            <translation>{name} enthält keinen ```mermaid-Block mit einem Journey-Diagramm.</translation>
        </message>
    </context>
    <context>
        <name>MermaidExport</name>
        <message>
            <source>The title</source>
            <translation>Der Titel</translation>
        </message>
        <message>
            <source>{what} “{text}” has “:”, “#” or “;”, which Mermaid cannot show; it shows look-alikes (the exact text is kept in a “%% jmdesigner text” comment).</source>
            <translation>{what} „{text}“ enthält „:“, „#“ oder „;“, die Mermaid nicht darstellen kann; es zeigt ähnlich aussehende Zeichen (der genaue Text bleibt in einem „%% jmdesigner text“-Kommentar erhalten).</translation>
        </message>
        <message>
            <source>A stage name</source>
            <translation>Ein Phasenname</translation>
        </message>
        <message>
            <source>Mermaid draws one score per task: where personas feel differently the tasks show their average, and the exact curves are kept in “%% jmdesigner point” comments.</source>
            <translation>Mermaid zeichnet einen Wert pro Aufgabe: Wo Personas unterschiedlich empfinden, zeigen die Aufgaben den Durchschnitt, und die genauen Kurven bleiben in „%% jmdesigner point“-Kommentaren erhalten.</translation>
        </message>
        <message>
            <source>A card</source>
            <translation>Eine Karte</translation>
        </message>
        <message>
            <source>A persona name</source>
            <translation>Ein Persona-Name</translation>
        </message>
    </context>
    <context>
        <name>MermaidImport</name>
        <message>
            <source>Some sections have more tasks than an emotion note holds; their notes list the first ones.</source>
            <translation>Einige Abschnitte haben mehr Aufgaben, als eine Emotionsnotiz fasst; ihre Notizen nennen die ersten.</translation>
        </message>
        <message>
            <source>a Mermaid journey starts with “journey”, not “{first}”.</source>
            <translation>eine Mermaid-Journey beginnt mit „journey“, nicht mit „{first}“.</translation>
        </message>
        <message>
            <source>“{line}” is not a task; write it as “name: score: actor, actor”.</source>
            <translation>„{line}“ ist keine Aufgabe; schreiben Sie sie als „name: score: actor, actor“.</translation>
        </message>
        <message>
            <source>the score “{score}” of “{task}” is not a number.</source>
            <translation>der Wert „{score}“ von „{task}“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>Tasks that name no actor give their scores to the persona “{persona}”.</source>
            <translation>Aufgaben ohne Akteur geben ihre Werte an die Persona „{persona}“.</translation>
        </message>
        <message>
            <source>there is no “journey” line, so this is not a Mermaid journey diagram.</source>
            <translation>es gibt keine Zeile „journey“, daher ist dies kein Mermaid-Journey-Diagramm.</translation>
        </message>
        <message>
            <source>the front matter opened with “---” is never closed.</source>
            <translation>der mit „---“ geöffnete Front-Matter-Block wird nie geschlossen.</translation>
        </message>
        <message>
            <source>Mermaid does not allow “;” in a task.</source>
            <translation>Mermaid erlaubt kein „;“ in einer Aufgabe.</translation>
        </message>
        <message>
            <source>a task needs a name before its “:”.</source>
            <translation>eine Aufgabe braucht einen Namen vor ihrem „:“.</translation>
        </message>
        <message>
            <source>the journey has no sections and no tasks, so there is nothing to import.</source>
            <translation>die Journey hat keine Abschnitte und keine Aufgaben, daher gibt es nichts zu importieren.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more task(s)</source>
            <translation>
                <numerusform>… und %n weitere Aufgabe</numerusform>
                <numerusform>… und %n weitere Aufgaben</numerusform>
            </translation>
        </message>
        <message>
            <source>Scores run from {low} to {high}, beyond Mermaid's 1–5, so the map's scale is {start}..{end}.</source>
            <translation>Die Werte reichen von {low} bis {high}, über Mermaids 1–5 hinaus, daher ist die Skala der Map {start}..{end}.</translation>
        </message>
        <message>
            <source>“accDescr {open}” is never closed with “{close}”.</source>
            <translation>„accDescr {open}“ wird nie mit „{close}“ geschlossen.</translation>
        </message>
        <message>
            <source>Mermaid does not allow “;” in a title.</source>
            <translation>Mermaid erlaubt kein „;“ in einem Titel.</translation>
        </message>
        <message>
            <source>Mermaid does not allow “;” in a section.</source>
            <translation>Mermaid erlaubt kein „;“ in einem Abschnitt.</translation>
        </message>
        <message>
            <source>“jmdesigner text:” must be one quoted text.</source>
            <translation>„jmdesigner text:“ muss ein Text in Anführungszeichen sein.</translation>
        </message>
        <message>
            <source>“jmdesigner description:” must be one quoted text under a section.</source>
            <translation>„jmdesigner description:“ muss ein Text in Anführungszeichen unter einem Abschnitt sein.</translation>
        </message>
        <message>
            <source>“jmdesigner personas:” must list names.</source>
            <translation>„jmdesigner personas:“ muss Namen auflisten.</translation>
        </message>
        <message>
            <source>“jmdesigner point:” must be [persona, score, note].</source>
            <translation>„jmdesigner point:“ muss [persona, score, note] sein.</translation>
        </message>
        <message>
            <source>a section name cannot contain “:” (Mermaid reads it as a task).</source>
            <translation>ein Abschnittsname darf kein „:“ enthalten (Mermaid liest ihn als Aufgabe).</translation>
        </message>
        <message>
            <source>“jmdesigner point:” belongs under a section.</source>
            <translation>„jmdesigner point:“ gehört unter einen Abschnitt.</translation>
        </message>
        <message>
            <source>“section” needs a name.</source>
            <translation>„section“ braucht einen Namen.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>This file cannot be opened</source>
            <translation>Diese Datei kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>This file is read-only</source>
            <translation>Diese Datei ist schreibgeschützt</translation>
        </message>
        <message>
            <source>The change could not be saved</source>
            <translation>Die Änderung konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Every change made before this one is saved in the file.</source>
            <translation>Jede Änderung vor dieser ist in der Datei gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Migrations</name>
        <message>
            <source>{file} needs an update to the current file format, but its backup could not be written ({detail}); the file was left as it was.</source>
            <translation>{file} muss auf das aktuelle Dateiformat aktualisiert werden, aber die Sicherung konnte nicht geschrieben werden ({detail}); die Datei blieb unverändert.</translation>
        </message>
        <message>
            <source>{file} could not be updated to the current file format ({detail}); it was left as it was, and a copy is in {backup}.</source>
            <translation>{file} konnte nicht auf das aktuelle Dateiformat aktualisiert werden ({detail}); die Datei blieb unverändert, und eine Kopie liegt in {backup}.</translation>
        </message>
    </context>
    <context>
        <name>Missing</name>
        <message numerus="yes">
            <source>%n character(s) could not be drawn (no bundled font has them): {shown}{more}.</source>
            <translation>
                <numerusform>%n Zeichen konnte nicht gezeichnet werden (keine mitgelieferte Schrift enthält es): {shown}{more}.</numerusform>
                <numerusform>%n Zeichen konnten nicht gezeichnet werden (keine mitgelieferte Schrift enthält sie): {shown}{more}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) could not be drawn, so nothing was written: {shown}{more}. {install}</source>
            <translation>
                <numerusform>%n Zeichen konnte nicht gezeichnet werden, daher wurde nichts geschrieben: {shown}{more}. {install}</numerusform>
                <numerusform>%n Zeichen konnten nicht gezeichnet werden, daher wurde nichts geschrieben: {shown}{more}. {install}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> und %n weiteres</numerusform>
                <numerusform> und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Every character was drawn by the other bundled fonts.</source>
            <translation>Alle Zeichen wurden mit den anderen mitgelieferten Schriften gezeichnet.</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message numerus="yes">
            <source>Map {title}, %n stage(s)</source>
            <translation>
                <numerusform>Map {title}, %n Phase</numerusform>
                <numerusform>Map {title}, %n Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Map {title}, %n card(s), not opened yet</source>
            <translation>
                <numerusform>Map {title}, %n Karte, noch nicht geöffnet</numerusform>
                <numerusform>Map {title}, %n Karten, noch nicht geöffnet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) (expand to list them)</source>
            <translation>
                <numerusform>%n Karte (aufklappen, um sie aufzulisten)</numerusform>
                <numerusform>%n Karten (aufklappen, um sie aufzulisten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Gliederung</translation>
        </message>
        <message>
            <source>Outline of the maps</source>
            <translation>Gliederung der Maps</translation>
        </message>
        <message>
            <source>Not opened yet</source>
            <translation>Noch nicht geöffnet</translation>
        </message>
        <message numerus="yes">
            <source>{lane} in {stage}, %n card(s)</source>
            <translation>
                <numerusform>{lane} in {stage}, %n Karte</numerusform>
                <numerusform>{lane} in {stage}, %n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>Phase {name}</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Unknown page size “{name}”. Choose one of: {sizes}.</source>
            <translation>Unbekannte Seitengröße „{name}“. Wählen Sie eine von: {sizes}.</translation>
        </message>
        <message>
            <source>Card text would print at {size:.1f} pt on {page} {orientation}, below the readable {least:g} pt.</source>
            <translation>Der Kartentext würde auf {page} {orientation} in {size:.1f} pt gedruckt, kleiner als die lesbaren {least:g} pt.</translation>
        </message>
        <message>
            <source>landscape</source>
            <translation>quer</translation>
        </message>
        <message>
            <source>portrait</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>No single page up to A0 is large enough: print it as poster tiles (--tile).</source>
            <translation>Keine einzelne Seite bis A0 ist groß genug: Drucken Sie die Map als Poster auf mehreren Seiten (--tile).</translation>
        </message>
        <message>
            <source>The overlap must be between 0 and {most:.0f} mm on {page} (got {overlap:g} mm).</source>
            <translation>Die Überlappung muss auf {page} zwischen 0 und {most:.0f} mm liegen (angegeben: {overlap:g} mm).</translation>
        </message>
        <message>
            <source>At scale {scale:g} the poster would take {count:,} pages of {page}, more than the {most:,} a poster may have; choose a smaller scale.</source>
            <translation>Bei Maßstab {scale:g} bräuchte das Poster {count:,} Seiten im Format {page}, mehr als die {most:,}, die ein Poster haben darf; wählen Sie einen kleineren Maßstab.</translation>
        </message>
        <message>
            <source>Use --page {page} or print it as poster tiles (--tile).</source>
            <translation>Wählen Sie --page {page} oder drucken Sie die Map als Poster auf mehreren Seiten (--tile).</translation>
        </message>
        <message>
            <source>At scale {scale:g} the page would exceed 200 inches, the largest most PDF readers open; it is printed at scale {fit:.2f} instead.</source>
            <translation>Bei Maßstab {scale:g} wäre die Seite größer als 200 Zoll, das Größte, was die meisten PDF-Programme öffnen; sie wird stattdessen in Maßstab {fit:.2f} gedruckt.</translation>
        </message>
        <message>
            <source>The poster scale must be a number above 0 (got {scale:g}).</source>
            <translation>Der Postermaßstab muss eine Zahl größer als 0 sein (angegeben: {scale:g}).</translation>
        </message>
        <message>
            <source>The plotter scale must be above 0 (got {scale:g}).</source>
            <translation>Der Plottermaßstab muss größer als 0 sein (angegeben: {scale:g}).</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Where customers meet you</source>
            <translation>Wo Kunden Ihnen begegnen</translation>
        </message>
        <message>
            <source>Web, phone, shop, app…</source>
            <translation>Web, Telefon, Laden, App…</translation>
        </message>
        <message>
            <source>What the customer does</source>
            <translation>Was der Kunde tut</translation>
        </message>
        <message>
            <source>What the customer thinks</source>
            <translation>Was der Kunde denkt</translation>
        </message>
        <message>
            <source>A feeling curve per persona</source>
            <translation>Eine Gefühlskurve je Persona</translation>
        </message>
        <message>
            <source>What goes wrong or frustrates</source>
            <translation>Was schiefgeht oder frustriert</translation>
        </message>
        <message>
            <source>Ideas to make it better</source>
            <translation>Ideen, wie es besser wird</translation>
        </message>
        <message>
            <source>Work the customer never sees</source>
            <translation>Arbeit, die der Kunde nie sieht</translation>
        </message>
        <message>
            <source>Measures at each stage</source>
            <translation>Kennzahlen je Phase</translation>
        </message>
        <message>
            <source>Anything else worth keeping</source>
            <translation>Alles andere, was sich zu behalten lohnt</translation>
        </message>
        <message>
            <source>A lane of your own</source>
            <translation>Eine eigene Bahn</translation>
        </message>
        <message>
            <source>What the customer gets</source>
            <translation>Was der Kunde erhält</translation>
        </message>
        <message>
            <source>Staff actions the customer sees</source>
            <translation>Handlungen des Personals, die der Kunde sieht</translation>
        </message>
        <message>
            <source>Processes behind the scenes</source>
            <translation>Prozesse hinter den Kulissen</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>A note in a cell of a lane</source>
            <translation>Eine Notiz in einer Zelle einer Bahn</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>A phase of the journey</source>
            <translation>Ein Abschnitt der Journey</translation>
        </message>
        <message>
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <source>Drop a card on a cell of a lane that holds cards.</source>
            <translation>Legen Sie eine Karte in einer Zelle einer Bahn ab, die Karten aufnimmt.</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Neue Phase</translation>
        </message>
        <message>
            <source>{label} lane</source>
            <translation>{label} (Bahn)</translation>
        </message>
        <message>
            <source>{description}. Drag onto the map, or press Enter to add it at the selected cell.</source>
            <translation>{description}. Auf die Map ziehen oder mit der Eingabetaste an der ausgewählten Zelle hinzufügen.</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <source>Comparison of {before} and {after}: {warning}</source>
            <translation>Vergleich von {before} und {after}: {warning}</translation>
        </message>
        <message>
            <source>Customer journey maps</source>
            <translation>Customer Journey Maps</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n Phase</numerusform>
                <numerusform>%n Phasen</numerusform>
            </translation>
        </message>
        <message>
            <source>Future-state map</source>
            <translation>Soll-Map</translation>
        </message>
        <message>
            <source>Current-state map</source>
            <translation>Ist-Map</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>customer journey map</source>
            <translation>Customer Journey Map, Kundenreise</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>There is no map to export.</source>
            <translation>Es gibt keine Map zum Exportieren.</translation>
        </message>
        <message>
            <source>Customer journey map: {titles}</source>
            <translation>Customer Journey Map: {titles}</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Deckblatt</translation>
        </message>
        <message>
            <source>{title}: {n} of {total} poster tiles had nothing on them and were left out ({labels}); the assembly overview shows them crossed out.</source>
            <translation>{title}: {n} von {total} Posterkacheln waren leer und wurden weggelassen ({labels}); die Übersicht zum Zusammensetzen zeigt sie durchgestrichen.</translation>
        </message>
        <message>
            <source>Assembly overview</source>
            <translation>Montageübersicht</translation>
        </message>
        <message>
            <source>Current vs future</source>
            <translation>Ist gegen Soll</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Seite {page}</translation>
        </message>
        <message>
            <source>Tile {tile}</source>
            <translation>Kachel {tile}</translation>
        </message>
        <message>
            <source>SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (it is “{epoch}”); unset it to date the PDF now.</source>
            <translation>SOURCE_DATE_EPOCH muss eine ganze Zahl von Sekunden seit 1970 sein (sie ist „{epoch}“); entfernen Sie die Variable, um das PDF mit dem jetzigen Datum zu versehen.</translation>
        </message>
    </context>
    <context>
        <name>PersonaEditor</name>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivationen</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pain Points</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Verhalten</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Neue Persona</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Persona hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Changes are saved as you make them; Ctrl+Z undoes them.</source>
            <translation>Änderungen werden sofort gespeichert; Strg+Z macht sie rückgängig.</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Import photo…</source>
            <translation>Foto importieren…</translation>
        </message>
        <message>
            <source>A PNG or JPEG; it is scaled down to 512 px</source>
            <translation>Ein PNG oder JPEG; es wird auf 512 px verkleinert</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Foto entfernen</translation>
        </message>
        <message>
            <source>Photo:</source>
            <translation>Foto:</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>Persona löschen</translation>
        </message>
        <message>
            <source>Import a photo</source>
            <translation>Ein Foto importieren</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Set photo</source>
            <translation>Foto setzen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Curve colour</source>
            <translation>Kurvenfarbe</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Shown on maps</source>
            <translation>Gezeigt auf Maps</translation>
        </message>
        <message>
            <source>No personas yet</source>
            <translation>Noch keine Personas</translation>
        </message>
        <message>
            <source>Add a persona to give a map an emotion curve.</source>
            <translation>Fügen Sie eine Persona hinzu, um einer Map eine Emotionskurve zu geben.</translation>
        </message>
        <message numerus="yes">
            <source>On %n map(s)</source>
            <translation>
                <numerusform>Auf %n Map</numerusform>
                <numerusform>Auf %n Maps</numerusform>
            </translation>
        </message>
        <message>
            <source>Not shown on any map yet</source>
            <translation>Noch auf keiner Map gezeigt</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Kein Foto</translation>
        </message>
        <message>
            <source>e.g. Busy parent, first-time buyer</source>
            <translation>z. B. berufstätige Mutter, Erstkäufer</translation>
        </message>
        <message>
            <source>Something they said, in their words</source>
            <translation>Etwas, das sie gesagt haben, in ihren Worten</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Eins pro Zeile</translation>
        </message>
        <message>
            <source>Show on maps</source>
            <translation>Auf Maps zeigen</translation>
        </message>
        <message>
            <source>“{name}” has an emotion curve on {maps} ({points}). Removing the persona removes those curves too. You can undo this.</source>
            <translation>„{name}“ hat eine Emotionskurve auf {maps} ({points}). Wird die Persona entfernt, verschwinden auch diese Kurven. Sie können das rückgängig machen.</translation>
        </message>
        <message numerus="yes">
            <source>%n map(s)</source>
            <translation>
                <numerusform>%n Map</numerusform>
                <numerusform>%n Maps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot use this photo</source>
            <translation>Dieses Foto kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>Cannot change the persona</source>
            <translation>Die Persona kann nicht geändert werden</translation>
        </message>
        <message>
            <source>Remove {name}?</source>
            <translation>{name} entfernen?</translation>
        </message>
    </context>
    <context>
        <name>Personas</name>
        <message>
            <source>{heading} (continued)</source>
            <translation>{heading} (Fortsetzung)</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivationen</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pain Points</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Verhalten</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>ON THE MAP</source>
            <translation>AUF DER MAP</translation>
        </message>
        <message>
            <source>On the map</source>
            <translation>Auf der Map</translation>
        </message>
    </context>
    <context>
        <name>PgStore</name>
        <message>
            <source>save your change</source>
            <translation>das Speichern Ihrer Änderung</translation>
        </message>
        <message>
            <source>create the library</source>
            <translation>das Anlegen der Bibliothek</translation>
        </message>
        <message>
            <source>read the map</source>
            <translation>das Lesen der Map</translation>
        </message>
        <message>
            <source>read the library</source>
            <translation>das Lesen der Bibliothek</translation>
        </message>
        <message>
            <source>save the version</source>
            <translation>das Speichern der Version</translation>
        </message>
        <message>
            <source>read the versions</source>
            <translation>das Lesen der Versionen</translation>
        </message>
        <message>
            <source>read the version</source>
            <translation>das Lesen der Version</translation>
        </message>
        <message>
            <source>delete the version</source>
            <translation>das Löschen der Version</translation>
        </message>
        <message>
            <source>this persona</source>
            <translation>diese Persona</translation>
        </message>
        <message>
            <source>this map</source>
            <translation>diese Map</translation>
        </message>
        <message>
            <source>this stage</source>
            <translation>diese Phase</translation>
        </message>
        <message>
            <source>this lane</source>
            <translation>diese Bahn</translation>
        </message>
        <message>
            <source>this card</source>
            <translation>diese Karte</translation>
        </message>
        <message>
            <source>this emotion point</source>
            <translation>diesen Emotionspunkt</translation>
        </message>
        <message>
            <source>this link</source>
            <translation>diese Verknüpfung</translation>
        </message>
        <message>
            <source>The connection to the library at {where} failed ({detail}).</source>
            <translation>Die Verbindung zur Bibliothek auf {where} ist fehlgeschlagen ({detail}).</translation>
        </message>
        <message>
            <source>jmdesigner could not {doing} in the library at {name}: {detail}.</source>
            <translation>In der Bibliothek auf {name} war {doing} nicht möglich: {detail}.</translation>
        </message>
        <message>
            <source>The library server at {where} refused the password; check the URL, PGPASSWORD or ~/.pgpass.</source>
            <translation>Der Bibliotheksserver auf {where} hat das Passwort abgelehnt; prüfen Sie die Adresse, PGPASSWORD oder ~/.pgpass.</translation>
        </message>
        <message>
            <source>The database of {where} does not exist; ask the server's administrator to create it.</source>
            <translation>Die Datenbank von {where} existiert nicht; bitten Sie die Administration des Servers, sie anzulegen.</translation>
        </message>
        <message>
            <source>The library server at {where} did not answer within a few seconds; check the network.</source>
            <translation>Der Bibliotheksserver auf {where} hat nicht innerhalb weniger Sekunden geantwortet; prüfen Sie das Netzwerk.</translation>
        </message>
        <message>
            <source>The library server at {where} is starting up or shutting down (restarted, say).</source>
            <translation>Der Bibliotheksserver auf {where} fährt gerade hoch oder herunter (etwa bei einem Neustart).</translation>
        </message>
        <message>
            <source>The library server at {where} closed the connection before answering (it may be restarting, or the network dropped it).</source>
            <translation>Der Bibliotheksserver auf {where} hat die Verbindung beendet, bevor er antwortete (vielleicht startet er neu, oder das Netzwerk hat sie getrennt).</translation>
        </message>
        <message>
            <source>Cannot reach the library server at {where} ({detail}); is it running, and is the address right?</source>
            <translation>Der Bibliotheksserver auf {where} ist nicht erreichbar ({detail}); läuft er, und stimmt die Adresse?</translation>
        </message>
        <message>
            <source>The secure connection to {where} failed ({detail}); check sslmode and the certificates.</source>
            <translation>Die sichere Verbindung zu {where} ist fehlgeschlagen ({detail}); prüfen Sie sslmode und die Zertifikate.</translation>
        </message>
        <message>
            <source>{by} deleted the map “{title}” a moment ago, so it cannot be opened.</source>
            <translation>{by} hat die Karte „{title}“ soeben gelöscht, daher kann sie nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>You (in another window)</source>
            <translation>Sie (in einem anderen Fenster)</translation>
        </message>
        <message>
            <source>the connection to the library server was lost</source>
            <translation>die Verbindung zum Bibliotheksserver ist abgebrochen</translation>
        </message>
        <message>
            <source>The copy has no named versions: the library server cannot be reached to read them. Save a copy again once it is back to have them too.</source>
            <translation>Die Kopie enthält keine benannten Versionen: Der Bibliotheksserver ist nicht erreichbar, um sie zu lesen. Speichern Sie erneut eine Kopie, sobald er wieder erreichbar ist, um auch sie zu erhalten.</translation>
        </message>
        <message>
            <source>The library at {name} could not be updated to format {newest} ({detail}); it was left as it was.</source>
            <translation>Die Bibliothek auf {name} konnte nicht auf Format {newest} aktualisiert werden ({detail}); sie blieb unverändert.</translation>
        </message>
        <message>
            <source>{name} holds no jmdesigner library; create one with “jmdesigner new {url}” (nothing was changed).</source>
            <translation>{name} enthält keine jmdesigner-Bibliothek; legen Sie eine mit „jmdesigner new {url}“ an (es wurde nichts geändert).</translation>
        </message>
        <message>
            <source>its format version is missing.</source>
            <translation>ihre Formatversion fehlt.</translation>
        </message>
        <message>
            <source>the library was updated by a newer jmdesigner (format {format}); update jmdesigner to edit it</source>
            <translation>die Bibliothek wurde von einem neueren jmdesigner aktualisiert (Format {format}); aktualisieren Sie jmdesigner, um sie zu bearbeiten</translation>
        </message>
        <message>
            <source>The library at {name} was updated by a newer jmdesigner (format {format}, this version writes format {ours}) while open here, so your change was not saved; the window is read-only and shows what it last had. Update jmdesigner to edit it.</source>
            <translation>Die Bibliothek auf {name} wurde, während sie hier offen war, von einem neueren jmdesigner aktualisiert (Format {format}, diese Version schreibt Format {ours}), daher wurde Ihre Änderung nicht gespeichert; das Fenster ist schreibgeschützt und zeigt den letzten Stand. Aktualisieren Sie jmdesigner, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <source>{by} changed {this} a moment ago, so your change was not saved; it now shows the latest version. Make your change again if it is still needed.</source>
            <translation>{by} hat {this} gerade eben geändert, daher wurde Ihre Änderung nicht gespeichert; das Fenster zeigt jetzt den neuesten Stand. Nehmen Sie Ihre Änderung erneut vor, wenn sie noch nötig ist.</translation>
        </message>
        <message>
            <source>The connection to the library at {name} was lost, so nothing can be changed until it returns: {why} jmdesigner keeps trying to reconnect, and editing comes back on its own.</source>
            <translation>Die Verbindung zur Bibliothek auf {name} ist verloren, daher kann nichts geändert werden, bis sie zurückkehrt: {why} jmdesigner versucht weiter, sich neu zu verbinden, und die Bearbeitung ist danach von selbst wieder möglich.</translation>
        </message>
        <message>
            <source>The library server refused to let you {doing} ({detail}); ask its administrator for the privileges in docs/team-library.md.</source>
            <translation>Der Bibliotheksserver hat {doing} abgelehnt ({detail}); bitten Sie seine Administration um die Rechte aus docs/team-library.md.</translation>
        </message>
        <message>
            <source>Someone else changed what your change builds on a moment ago, so jmdesigner could not {doing}; the window now shows the latest version. Make your change again if it is still needed.</source>
            <translation>Jemand anderes hat gerade geändert, worauf Ihre Änderung aufbaut, daher war {doing} nicht möglich; das Fenster zeigt jetzt den neuesten Stand. Nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
        </message>
        <message>
            <source>your database role may only read this library</source>
            <translation>Ihre Datenbankrolle darf diese Bibliothek nur lesen</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Jemand anderes</translation>
        </message>
        <message>
            <source>The library at {name} was updated by a newer jmdesigner (format {format}, this version writes format {ours}), so this window can no longer change it; update jmdesigner to edit it.</source>
            <translation>Die Bibliothek auf {name} wurde von einem neueren jmdesigner aktualisiert (Format {format}, diese Version schreibt Format {ours}), daher kann dieses Fenster sie nicht mehr ändern; aktualisieren Sie jmdesigner, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <source>The connection to the library at {name} was lost, so jmdesigner could not {doing}; the window is read-only until the connection returns. Nothing was half-written.</source>
            <translation>Die Verbindung zur Bibliothek auf {name} ist abgebrochen, daher war {doing} nicht möglich; das Fenster ist schreibgeschützt, bis die Verbindung zurückkehrt. Nichts wurde halb geschrieben.</translation>
        </message>
        <message>
            <source>The connection to the library at {name} was lost, so nothing can be changed until it returns; the window shows what it last had. jmdesigner keeps trying to reconnect, and editing comes back on its own.</source>
            <translation>Die Verbindung zur Bibliothek auf {name} ist verloren, daher kann nichts geändert werden, bis sie zurückkehrt; das Fenster zeigt den letzten Stand. jmdesigner versucht weiter, sich neu zu verbinden, und die Bearbeitung ist danach von selbst wieder möglich.</translation>
        </message>
        <message>
            <source>{url} is not a valid library address ({detail}).</source>
            <translation>{url} ist keine gültige Bibliotheksadresse ({detail}).</translation>
        </message>
        <message>
            <source>The connection to the library at {name} was lost, so jmdesigner could not {doing}; it will once the connection returns.</source>
            <translation>Die Verbindung zur Bibliothek auf {name} ist abgebrochen, daher war {doing} nicht möglich; das geschieht, sobald die Verbindung zurückkehrt.</translation>
        </message>
        <message>
            <source>Someone else removed what this edit builds on after your edit, so it cannot be undone or redone; the edits before it still can.</source>
            <translation>Jemand anderes hat nach Ihrer Änderung entfernt, worauf sie aufbaut, daher kann sie weder rückgängig gemacht noch wiederhergestellt werden; die Änderungen davor schon.</translation>
        </message>
        <message>
            <source>The connection to the library at {name} was lost, so jmdesigner could not {doing}. Nothing was half-written.</source>
            <translation>Die Verbindung zur Bibliothek auf {name} ist abgebrochen, daher war {doing} nicht möglich. Nichts wurde halb geschrieben.</translation>
        </message>
        <message>
            <source>The library {name} is open read-only ({reason}).</source>
            <translation>Die Bibliothek {name} ist schreibgeschützt geöffnet ({reason}).</translation>
        </message>
        <message>
            <source>The library at {name} is damaged: {detail}</source>
            <translation>Die Bibliothek auf {name} ist beschädigt: {detail}</translation>
        </message>
        <message>
            <source>The library at {name} is damaged: table {table} is missing or incomplete.</source>
            <translation>Die Bibliothek auf {name} ist beschädigt: Die Tabelle {table} fehlt oder ist unvollständig.</translation>
        </message>
        <message>
            <source>{name} already holds a jmdesigner library; open it, or publish into it with “jmdesigner import”.</source>
            <translation>{name} enthält bereits eine jmdesigner-Bibliothek; öffnen Sie sie, oder veröffentlichen Sie mit „jmdesigner import“ in sie.</translation>
        </message>
        <message>
            <source>{name} cannot hold a jmdesigner library: its schema “{schema}” already holds tables of another application ({tables}); nothing was changed.</source>
            <translation>{name} kann keine jmdesigner-Bibliothek aufnehmen: Ihr Schema „{schema}“ enthält bereits Tabellen einer anderen Anwendung ({tables}); es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The library at {name} was written by a newer jmdesigner (format {format}, this version reads up to {newest}). Update jmdesigner to open it.</source>
            <translation>Die Bibliothek auf {name} wurde von einem neueren jmdesigner geschrieben (Format {format}, diese Version liest bis {newest}). Aktualisieren Sie jmdesigner, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>{by} changed {this} a moment ago, so nothing was undone yet; the window now shows their version. Undo again to take back your own edit.</source>
            <translation>{by} hat {this} gerade eben geändert, daher wurde noch nichts rückgängig gemacht; das Fenster zeigt jetzt diesen Stand. Machen Sie erneut rückgängig, um Ihre eigene Änderung zurückzunehmen.</translation>
        </message>
        <message>
            <source>{by} changed {this} after your edit, so it was not undone: undo never takes back someone else's work.</source>
            <translation>{by} hat {this} nach Ihrer Änderung geändert, daher wurde sie nicht rückgängig gemacht: Rückgängig nimmt nie die Arbeit anderer zurück.</translation>
        </message>
        <message>
            <source>The library at {name} needs an update to format {newest}; open it once for editing (not read-only) to update it.</source>
            <translation>Die Bibliothek auf {name} braucht eine Aktualisierung auf Format {newest}; öffnen Sie sie einmal zum Bearbeiten (nicht schreibgeschützt), um sie zu aktualisieren.</translation>
        </message>
    </context>
    <context>
        <name>Photo</name>
        <message>
            <source>{name} is not a regular file. Choose a .png or .jpg file.</source>
            <translation>{name} ist keine normale Datei. Wählen Sie eine .png- oder .jpg-Datei.</translation>
        </message>
        <message>
            <source>{name} is {value:.0f} MB, too big to import. Save a smaller copy (under 64 MB) and import that.</source>
            <translation>{name} hat {value:.0f} MB, zu groß zum Importieren. Speichern Sie eine kleinere Kopie (unter 64 MB) und importieren Sie diese.</translation>
        </message>
        <message>
            <source>{name} is not a PNG or JPEG image. Choose a .png or .jpg file.</source>
            <translation>{name} ist kein PNG- oder JPEG-Bild. Wählen Sie eine .png- oder .jpg-Datei.</translation>
        </message>
        <message>
            <source>{name} is {width} × {height} pixels, too large to import. Save a smaller copy and import that.</source>
            <translation>{name} hat {width} × {height} Pixel, zu groß zum Importieren. Speichern Sie eine kleinere Kopie und importieren Sie diese.</translation>
        </message>
        <message>
            <source>{name} could not be read as an image ({errorString}); it may be damaged or incomplete. Open it in an image viewer, save it again as PNG or JPEG, and import that.</source>
            <translation>{name} konnte nicht als Bild gelesen werden ({errorString}); es ist vielleicht beschädigt oder unvollständig. Öffnen Sie es in einem Bildbetrachter, speichern Sie es erneut als PNG oder JPEG und importieren Sie das.</translation>
        </message>
        <message>
            <source>Even scaled down, {name} needs {value:.1f} MB; the limit is {value2:.0f} MB. Crop it or save it as JPEG, and import that.</source>
            <translation>Selbst verkleinert braucht {name} {value:.1f} MB; die Grenze liegt bei {value2:.0f} MB. Schneiden Sie es zu oder speichern Sie es als JPEG und importieren Sie das.</translation>
        </message>
        <message>
            <source>Cannot read {name}: {strerror}. Choose another file.</source>
            <translation>{name} kann nicht gelesen werden: {strerror}. Wählen Sie eine andere Datei.</translation>
        </message>
    </context>
    <context>
        <name>Png</name>
        <message>
            <source>The PNG resolution must be between 10 and 1200 dpi (got {dpi:g}).</source>
            <translation>Die PNG-Auflösung muss zwischen 10 und 1200 dpi liegen (angegeben: {dpi:g}).</translation>
        </message>
        <message>
            <source>At {dpi:g} dpi this map would be {w:,} × {h:,} pixels, more than the {limit:,} million a PNG may have; {best} dpi is the most that fits (--dpi {best}), or export PDF or SVG, which print at any size.</source>
            <translation>Bei {dpi:g} dpi wäre diese Map {w:,} × {h:,} Pixel groß, mehr als die {limit:,} Millionen, die ein PNG haben darf; {best} dpi ist das Höchste, das passt (--dpi {best}), oder exportieren Sie PDF oder SVG, die sich in jeder Größe drucken lassen.</translation>
        </message>
        <message>
            <source>There is not enough memory for a {w:,} pixel wide image; choose a lower dpi.</source>
            <translation>Für ein {w:,} Pixel breites Bild reicht der Speicher nicht; wählen Sie eine niedrigere Auflösung.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioView</name>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Emotionskurven</translation>
        </message>
        <message>
            <source>Pain points answered</source>
            <translation>Beantwortete Pain Points</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Unbeantwortet</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Double-click a map to open it.</source>
            <translation>Doppelklicken Sie auf eine Map, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Ist-Zustand</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>Soll-Zustand</translation>
        </message>
        <message numerus="yes">
            <source>%n map(s) · {answered} answered (linked to what answers them) · {votes}</source>
            <translation>
                <numerusform>%n Map · {answered} beantwortet (mit dem verknüpft, was sie beantwortet) · {votes}</numerusform>
                <numerusform>%n Maps · {answered} beantwortet (mit dem verknüpft, was sie beantwortet) · {votes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n Stimme</numerusform>
                <numerusform>%n Stimmen</numerusform>
            </translation>
        </message>
        <message>
            <source>{answered} of {total}</source>
            <translation>{answered} von {total}</translation>
        </message>
        <message numerus="yes">
            <source>{cards} in %n stage(s)</source>
            <translation>
                <numerusform>{cards} in %n Phase</numerusform>
                <numerusform>{cards} in %n Phasen</numerusform>
            </translation>
        </message>
        <message>
            <source>Future state of “{map}”</source>
            <translation>Soll-Zustand von „{map}“</translation>
        </message>
        <message>
            <source>No personas on this map</source>
            <translation>Keine Personas auf dieser Map</translation>
        </message>
        <message numerus="yes">
            <source>{answered} of %n pain point(s)</source>
            <translation>
                <numerusform>{answered} von %n Pain Point</numerusform>
                <numerusform>{answered} von %n Pain Points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PtolemyImport</name>
        <message>
            <source>{name} is not a Ptolemy journey: it must be a JSON object with stages and nodes.</source>
            <translation>{name} ist keine Ptolemy-Journey: Sie muss ein JSON-Objekt mit stages und nodes sein.</translation>
        </message>
        <message>
            <source>{name}: the journey has no stages, so there is nothing to import.</source>
            <translation>{name}: Die Journey hat keine Phasen, daher gibt es nichts zu importieren.</translation>
        </message>
        <message>
            <source>Scores run from {low} to {high}, beyond Ptolemy's −5..5, so the scale is {start}..{end}.</source>
            <translation>Die Werte reichen von {low} bis {high}, über Ptolemys −5..5 hinaus, daher ist die Skala {start}..{end}.</translation>
        </message>
        <message>
            <source>no stage with id {id}.</source>
            <translation>keine Phase mit der ID {id}.</translation>
        </message>
        <message>
            <source>must be a number, not {value}.</source>
            <translation>muss eine Zahl sein, nicht {value}.</translation>
        </message>
        <message>
            <source>must be a list of texts.</source>
            <translation>muss eine Liste von Texten sein.</translation>
        </message>
        <message>
            <source>must be an object.</source>
            <translation>muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>must be a list.</source>
            <translation>muss eine Liste sein.</translation>
        </message>
        <message>
            <source>no swimlane with id {id}.</source>
            <translation>keine Bahn mit der ID {id}.</translation>
        </message>
        <message>
            <source>a stage must be an object with a “name” text.</source>
            <translation>eine Phase muss ein Objekt mit einem Text „name“ sein.</translation>
        </message>
        <message>
            <source>a swimlane must be an object with a “name” text.</source>
            <translation>eine Bahn muss ein Objekt mit einem Text „name“ sein.</translation>
        </message>
        <message>
            <source>needs {fields}.</source>
            <translation>braucht {fields}.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>scores run from {low} to {high}; a map's scale ends at ±{limit}.</source>
            <translation>die Werte reichen von {low} bis {high}; die Skala einer Map endet bei ±{limit}.</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Eingabe</translation>
        </message>
    </context>
    <context>
        <name>QrWidget</name>
        <message>
            <source>QR code of the join link</source>
            <translation>QR-Code des Beitrittslinks</translation>
        </message>
        <message>
            <source>No QR code</source>
            <translation>Kein QR-Code</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>you opened it read-only</source>
            <translation>Sie haben die Datei schreibgeschützt geöffnet</translation>
        </message>
        <message>
            <source>the file was changed on disk by another program</source>
            <translation>die Datei wurde von einem anderen Programm auf dem Datenträger geändert</translation>
        </message>
        <message>
            <source>it is already open in another window of this jmdesigner</source>
            <translation>sie ist bereits in einem anderen Fenster dieses jmdesigners geöffnet</translation>
        </message>
        <message>
            <source>it is already open in another jmdesigner</source>
            <translation>sie ist bereits in einem anderen jmdesigner geöffnet</translation>
        </message>
        <message>
            <source>it is already open in another jmdesigner ({holder})</source>
            <translation>sie ist bereits in einem anderen jmdesigner geöffnet ({holder})</translation>
        </message>
        <message>
            <source>{file} is read-only</source>
            <translation>{file} ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the folder of {file} is read-only</source>
            <translation>der Ordner von {file} ist schreibgeschützt</translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <source>The room cannot listen on {host}:{port} ({reason}); choose another address or port.</source>
            <translation>Der Raum kann nicht auf {host}:{port} empfangen ({reason}); wählen Sie eine andere Adresse oder einen anderen Port.</translation>
        </message>
        <message>
            <source>The room could not start: {reason}</source>
            <translation>Der Raum konnte nicht starten: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RoomWindow</name>
        <message>
            <source>On the map, marked “Room · name” until accepted</source>
            <translation>Auf der Map, markiert mit „Raum · Name“, bis sie angenommen sind</translation>
        </message>
        <message>
            <source>Straight onto the map, as ordinary cards</source>
            <translation>Direkt auf die Map, als normale Karten</translation>
        </message>
        <message>
            <source>Held in the inbox for me to place</source>
            <translation>Im Eingang, bis ich sie platziere</translation>
        </message>
        <message>
            <source>Scan to join the room</source>
            <translation>Scannen, um dem Raum beizutreten</translation>
        </message>
        <message>
            <source>Show the join code (Ctrl+J)</source>
            <translation>Beitrittscode zeigen (Strg+J)</translation>
        </message>
        <message>
            <source>Click or press Ctrl+J to show the join code</source>
            <translation>Klicken oder Strg+J drücken, um den Beitrittscode zu zeigen</translation>
        </message>
        <message>
            <source>Click or press Ctrl+J to fold the code away</source>
            <translation>Klicken oder Strg+J drücken, um den Code einzuklappen</translation>
        </message>
        <message>
            <source>Address to listen on</source>
            <translation>Adresse, auf der gelauscht wird</translation>
        </message>
        <message>
            <source>The local network address phones reach; 127.0.0.1 is this computer only</source>
            <translation>Die Adresse im lokalen Netz, die Handys erreichen; 127.0.0.1 ist nur dieser Computer</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>beliebiger freier Port</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Dots per participant</source>
            <translation>Punkte pro Person</translation>
        </message>
        <message>
            <source>Where participants' notes go</source>
            <translation>Wohin die Notizen der Teilnehmenden gehen</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Votes each:</source>
            <translation>Stimmen je Person:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notizen:</translation>
        </message>
        <message>
            <source>Open the Room</source>
            <translation>Raum öffnen</translation>
        </message>
        <message>
            <source>Show the code on the projector in workshop mode</source>
            <translation>Den Code im Workshop-Modus am Beamer zeigen</translation>
        </message>
        <message>
            <source>The room is closed.</source>
            <translation>Der Raum ist geschlossen.</translation>
        </message>
        <message>
            <source>New Link</source>
            <translation>Neuer Link</translation>
        </message>
        <message>
            <source>Replace the join link, for when it reached someone it should not: the old link stops working and every phone must scan the new code</source>
            <translation>Den Beitrittslink ersetzen, wenn er in falsche Hände geraten ist: der alte Link gilt nicht mehr und jedes Handy muss den neuen Code scannen</translation>
        </message>
        <message>
            <source>End the Workshop</source>
            <translation>Workshop beenden</translation>
        </message>
        <message>
            <source>Close the room for good: phones say the workshop has ended and take no more notes, the code leaves the projector, and a room opened later gets a new link</source>
            <translation>Den Raum endgültig schließen: Handys melden, dass der Workshop zu Ende ist, und nehmen keine Notizen mehr an, der Code verschwindet vom Beamer, und ein später geöffneter Raum bekommt einen neuen Link</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Notes from the room waiting to be accepted or placed</source>
            <translation>Notizen aus dem Raum, die auf Annahme oder Platzierung warten</translation>
        </message>
        <message>
            <source>Accept Selected</source>
            <translation>Auswahl annehmen</translation>
        </message>
        <message>
            <source>Keep the selected notes as ordinary cards, in the cells their authors chose (Ctrl+Enter)</source>
            <translation>Die ausgewählten Notizen als normale Karten behalten, in den Zellen, die ihre Autoren gewählt haben (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Accept All</source>
            <translation>Alle annehmen</translation>
        </message>
        <message>
            <source>Stage to place the selected notes in</source>
            <translation>Phase, in die die ausgewählten Notizen kommen</translation>
        </message>
        <message>
            <source>Lane to place the selected notes in</source>
            <translation>Bahn, in die die ausgewählten Notizen kommen</translation>
        </message>
        <message>
            <source>Place In</source>
            <translation>Platzieren in</translation>
        </message>
        <message>
            <source>Put the selected notes into this stage and lane instead, accepted</source>
            <translation>Die ausgewählten Notizen stattdessen in diese Phase und Bahn legen, angenommen</translation>
        </message>
        <message>
            <source>From the room, waiting to be accepted</source>
            <translation>Aus dem Raum, wartet auf Annahme</translation>
        </message>
        <message>
            <source>Stop the Room</source>
            <translation>Raum schließen</translation>
        </message>
        <message>
            <source>A new link: the old one no longer works; phones must scan the new code.</source>
            <translation>Ein neuer Link: der alte gilt nicht mehr; Handys müssen den neuen Code scannen.</translation>
        </message>
        <message>
            <source>The workshop has ended: phones were thanked, and what they sent is on the map. Open the Room again for a new workshop, with a new link.</source>
            <translation>Der Workshop ist zu Ende: Den Handys wurde gedankt, und was sie gesendet haben, ist auf der Map. Öffnen Sie den Raum erneut für einen neuen Workshop, mit neuem Link.</translation>
        </message>
        <message>
            <source>Join code, folded</source>
            <translation>Beitrittscode, eingeklappt</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Beitrittscode</translation>
        </message>
        <message numerus="yes">
            <source> dot(s)</source>
            <translation>
                <numerusform> Punkt</numerusform>
                <numerusform> Punkte</numerusform>
            </translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Gefühle</translation>
        </message>
        <message>
            <source>Who joined</source>
            <translation>Wer beigetreten ist</translation>
        </message>
        <message>
            <source>Open: phones on this network can join with the code or the link.</source>
            <translation>Offen: Handys in diesem Netzwerk können mit dem Code oder dem Link beitreten.</translation>
        </message>
        <message>
            <source>Replace the join link? The old link stops working at once, and every phone must scan the new code. Do this when the link reached someone it should not.</source>
            <translation>Den Beitrittslink ersetzen? Der alte Link gilt sofort nicht mehr, und jedes Handy muss den neuen Code scannen. Tun Sie das, wenn der Link in falsche Hände geraten ist.</translation>
        </message>
        <message>
            <source>End the workshop? Phones say it has ended and take no more notes, and the code leaves the projector. What they sent is kept; a room opened later gets a new link.</source>
            <translation>Den Workshop beenden? Handys melden, dass er zu Ende ist, und nehmen keine Notizen mehr an, und der Code verschwindet vom Beamer. Was gesendet wurde, bleibt erhalten; ein später geöffneter Raum bekommt einen neuen Link.</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Jemand</translation>
        </message>
        <message>
            <source>Room — {title}</source>
            <translation>Raum — {title}</translation>
        </message>
        <message>
            <source>the address changed from {host}</source>
            <translation>die Adresse war vorher {host}</translation>
        </message>
        <message>
            <source>The link changed ({what}): phones must scan the new code.</source>
            <translation>Der Link hat sich geändert ({what}): Handys müssen den neuen Code scannen.</translation>
        </message>
        <message>
            <source>Open on {host}: only this computer can join. Choose another address for phones.</source>
            <translation>Offen auf {host}: Nur dieser Computer kann beitreten. Wählen Sie für Handys eine andere Adresse.</translation>
        </message>
        <message numerus="yes">
            <source>Open: {posted} posted, %n phone(s) following live.</source>
            <translation>
                <numerusform>Offen: {posted} haben gepostet, %n Handy folgt live.</numerusform>
                <numerusform>Offen: {posted} haben gepostet, %n Handys folgen live.</numerusform>
            </translation>
        </message>
        <message>
            <source>Held for {cell}</source>
            <translation>Zurückgehalten für {cell}</translation>
        </message>
        <message>
            <source>From the room, waiting to be accepted or placed: {count} ({count2} held off the map)</source>
            <translation>Aus dem Raum, wartet auf Annahme oder Platzierung: {count} ({count2} außerhalb der Map)</translation>
        </message>
        <message>
            <source>From the room, waiting to be accepted ({count})</source>
            <translation>Aus dem Raum, wartet auf Annahme ({count})</translation>
        </message>
        <message>
            <source>port {port} was taken, so the room moved to {new}</source>
            <translation>Port {port} war belegt, daher läuft der Raum jetzt auf {new}</translation>
        </message>
        <message>
            <source>the port changed from {port}</source>
            <translation>der Port war vorher {port}</translation>
        </message>
    </context>
    <context>
        <name>SchemaCheck</name>
        <message>
            <source>table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>index</source>
            <translation>Index</translation>
        </message>
        <message>
            <source>trigger</source>
            <translation>Trigger</translation>
        </message>
        <message>
            <source>view</source>
            <translation>Sicht</translation>
        </message>
        <message>
            <source>the references of its {key} are not the ones jmdesigner writes</source>
            <translation>die Verweise von {key} sind nicht die, die jmdesigner schreibt</translation>
        </message>
        <message>
            <source>the keys or indexes of its {key} are not the ones jmdesigner writes</source>
            <translation>die Schlüssel oder Indizes von {key} sind nicht die, die jmdesigner schreibt</translation>
        </message>
        <message>
            <source>the constraints of its {key} are not the ones jmdesigner writes</source>
            <translation>die Einschränkungen von {key} sind nicht die, die jmdesigner schreibt</translation>
        </message>
        <message>
            <source>it has an extra {kind} “{name}” that jmdesigner does not write</source>
            <translation>sie enthält zusätzlich: {kind} „{name}“ (schreibt jmdesigner nicht)</translation>
        </message>
        <message>
            <source>its {key} is missing</source>
            <translation>{key} fehlt</translation>
        </message>
        <message>
            <source>column {column} of its {key} is not declared as jmdesigner declares it</source>
            <translation>Spalte {column} von {key} ist anders deklariert, als jmdesigner sie deklariert</translation>
        </message>
        <message>
            <source>its {key} is not the one jmdesigner writes</source>
            <translation>{key} ist nicht so, wie jmdesigner es schreibt</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>On the canvas</source>
            <translation>Auf der Map</translation>
        </message>
        <message>
            <source>While typing a card</source>
            <translation>Beim Tippen einer Karte</translation>
        </message>
        <message>
            <source>In workshop mode (F5)</source>
            <translation>Im Workshop-Modus (F5)</translation>
        </message>
        <message>
            <source>In the Maps list</source>
            <translation>In der Maps-Liste</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>{menu} menu</source>
            <translation>Menü {menu}</translation>
        </message>
    </context>
    <context>
        <name>SideFiles</name>
        <message>
            <source>{file} beside the document did not belong to it (left by another program or a sync client); it was not used and was renamed to {renamed}.</source>
            <translation>{file} neben dem Dokument gehörte nicht dazu (von einem anderen Programm oder einem Sync-Client hinterlassen); die Datei wurde nicht verwendet und in {renamed} umbenannt.</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>{file} was not imported: the text {text} holds a lone surrogate escape (\ud800 to \udfff), which is not a character.</source>
            <translation>{file} wurde nicht importiert: Der Text {text} enthält ein einzelnes Surrogat-Escape (\ud800 bis \udfff), das kein Zeichen ist.</translation>
        </message>
        <message>
            <source>a number has {count:,} digits (at most {limit} are read)</source>
            <translation>eine Zahl hat {count:,} Ziffern (höchstens {limit} werden gelesen)</translation>
        </message>
        <message>
            <source>a number has {count:,} characters (at most {limit} digits are read)</source>
            <translation>eine Zahl hat {count:,} Zeichen (höchstens {limit} Ziffern werden gelesen)</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object, so which value counts is unclear</source>
            <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor, daher ist unklar, welcher Wert gilt</translation>
        </message>
        <message>
            <source>{file} is not UTF-8 text (byte {byte}); save it as UTF-8 and try again.</source>
            <translation>{file} ist kein UTF-8-Text (Byte {byte}); speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{file} is not valid JSON: {detail} at line {line}, column {column}.</source>
            <translation>{file} ist kein gültiges JSON: {detail} in Zeile {line}, Spalte {column}.</translation>
        </message>
        <message>
            <source>{file} is nested too deeply to be a journey map.</source>
            <translation>{file} ist zu tief verschachtelt, um eine Journey Map zu sein.</translation>
        </message>
        <message>
            <source>the number {number} is too large</source>
            <translation>die Zahl {number} ist zu groß</translation>
        </message>
        <message>
            <source>{file} was not imported: {detail}.</source>
            <translation>{file} wurde nicht importiert: {detail}.</translation>
        </message>
    </context>
    <context>
        <name>Spoken</name>
        <message>
            <source>observed</source>
            <translation>beobachtet</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>angenommen</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>vorgeschlagen</translation>
        </message>
        <message>
            <source>Card {n} of {total} in {stage}, {lane}: {text}</source>
            <translation>Karte {n} von {total} in {stage}, {lane}: {text}</translation>
        </message>
        <message numerus="yes">
            <source>Cell in {stage}, {lane}: %n card(s)</source>
            <translation>
                <numerusform>Zelle in {stage}, {lane}: %n Karte</numerusform>
                <numerusform>Zelle in {stage}, {lane}: %n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>(empty card)</source>
            <translation>(leere Karte)</translation>
        </message>
        <message numerus="yes">
            <source>, %n vote(s)</source>
            <translation>
                <numerusform>, %n Stimme</numerusform>
                <numerusform>, %n Stimmen</numerusform>
            </translation>
        </message>
        <message>
            <source>, moment of truth</source>
            <translation>, Moment der Wahrheit</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n Phase</numerusform>
                <numerusform>%n Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n Bahn</numerusform>
                <numerusform>%n Bahnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage {n} of {total}: {name}</source>
            <translation>Phase {n} von {total}: {name}</translation>
        </message>
        <message>
            <source>Lane {n} of {total}: {name}</source>
            <translation>Bahn {n} von {total}: {name}</translation>
        </message>
        <message>
            <source>{persona} feels {score} at {stage}</source>
            <translation>{persona} fühlt {score} bei {stage}</translation>
        </message>
        <message>
            <source>Cell in {stage}, {lane}: empty</source>
            <translation>Zelle in {stage}, {lane}: leer</translation>
        </message>
    </context>
    <context>
        <name>StoredRows</name>
        <message>
            <source>two emotion points share one persona and stage.</source>
            <translation>zwei Emotionspunkte teilen sich eine Persona und Phase.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>{stage} (continued)</source>
            <translation>{stage} (Fortsetzung)</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pain Points</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Chancen</translation>
        </message>
        <message>
            <source>(empty card)</source>
            <translation>(leere Karte)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Summary (continued)</source>
            <translation>Zusammenfassung (Fortsetzung)</translation>
        </message>
        <message>
            <source>STAGE</source>
            <translation>PHASE</translation>
        </message>
        <message>
            <source>Pain points and opportunities per stage, most votes first; under each pain point, what answers it.</source>
            <translation>Pain Points und Chancen je Phase, die meisten Stimmen zuerst; unter jedem Pain Point, was ihn beantwortet.</translation>
        </message>
        <message>
            <source>Pain points and opportunities per stage, most votes first.</source>
            <translation>Pain Points und Chancen je Phase, die meisten Stimmen zuerst.</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>Noch keine Antwort</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Seite {page}</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>the persona cell is empty.</source>
            <translation>Die Zelle der Persona ist leer.</translation>
        </message>
        <message>
            <source>the stage cell is empty.</source>
            <translation>Die Zelle der Phase ist leer.</translation>
        </message>
        <message>
            <source>score {score} is outside the declared scale {scale}.</source>
            <translation>Der Wert {score} liegt außerhalb der angegebenen Skala {scale}.</translation>
        </message>
        <message>
            <source>score {score} is outside the map's scale {scale}; say which scale the survey uses (for example 1..5).</source>
            <translation>Der Wert {score} liegt außerhalb der Skala der Map {scale}; geben Sie an, welche Skala die Umfrage verwendet (zum Beispiel 1..5).</translation>
        </message>
        <message>
            <source>score “{value}” is not a number.</source>
            <translation>Der Wert „{value}“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>no column for {fields} ({names}).</source>
            <translation>keine Spalte für {fields} ({names}).</translation>
        </message>
        <message>
            <source>“{text}” is not a scale; write it like 1..5, 0..10, -3..3 or nps.</source>
            <translation>„{text}“ ist keine Skala; schreiben Sie sie wie 1..5, 0..10, -3..3 oder nps.</translation>
        </message>
        <message>
            <source>The scale {text} must go from low to high, like 1..5.</source>
            <translation>Die Skala {text} muss von niedrig nach hoch gehen, wie 1..5.</translation>
        </message>
    </context>
    <context>
        <name>TableReader</name>
        <message>
            <source>{file} has more than {limit:,} rows (line {line}); a spreadsheet to import has at most that many, so split it.</source>
            <translation>{file} hat mehr als {limit:,} Zeilen (Zeile {line}); eine Tabelle für den Import hat höchstens so viele, teilen Sie sie also auf.</translation>
        </message>
        <message>
            <source>{file} has {columns:,} columns in row {row}; a spreadsheet to import has at most {limit}.</source>
            <translation>{file} hat {columns:,} Spalten in Zeile {row}; eine Tabelle für den Import hat höchstens {limit}.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size:,.0f} MB in {parts:,} parts, more than a spreadsheet to import ({limit} MB); it was not read.</source>
            <translation>{file} entpackt sich zu {size:,.0f} MB in {parts:,} Teilen, mehr als eine Tabelle für den Import ({limit} MB); die Datei wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>{file} is not a CSV file that can be read (line {line}: {detail}).</source>
            <translation>{file} ist keine lesbare CSV-Datei (Zeile {line}: {detail}).</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: {reason}.</source>
            <translation>{file} ist keine lesbare Excel-Arbeitsmappe (.xlsx): {reason}.</translation>
        </message>
        <message>
            <source>{file}: a cell near line {line} is longer than {limit:,} characters, more than any card; it was not imported.</source>
            <translation>{file}: Eine Zelle nahe Zeile {line} ist länger als {limit:,} Zeichen, mehr als jede Karte; die Datei wurde nicht importiert.</translation>
        </message>
        <message>
            <source>it uses XML entities, refused for safety</source>
            <translation>sie verwendet XML-Entitäten, aus Sicherheitsgründen abgelehnt</translation>
        </message>
        <message>
            <source>{file} is empty: it has no header row and no data.</source>
            <translation>{file} ist leer: Die Datei hat weder eine Kopfzeile noch Daten.</translation>
        </message>
    </context>
    <context>
        <name>TabularImport</name>
        <message>
            <source>“{header}”</source>
            <translation>„{header}“</translation>
        </message>
        <message>
            <source>“{value}” in column {column} is not a number from {low} to {high}.</source>
            <translation>„{value}“ in Spalte {column} ist keine Zahl von {low} bis {high}.</translation>
        </message>
        <message>
            <source>the stage cell is empty, so the card has no place.</source>
            <translation>Die Zelle der Phase ist leer, daher hat die Karte keinen Platz.</translation>
        </message>
        <message>
            <source>the lane cell is empty, so the card has no place.</source>
            <translation>Die Zelle der Bahn ist leer, daher hat die Karte keinen Platz.</translation>
        </message>
        <message>
            <source>the lane cell is empty, so column {column} has no lane to set.</source>
            <translation>Die Zelle der Bahn ist leer, daher gibt es keine Bahn für Spalte {column}.</translation>
        </message>
        <message>
            <source>the stage cell is empty, so column {column} has no stage to set.</source>
            <translation>Die Zelle der Phase ist leer, daher gibt es keine Phase für Spalte {column}.</translation>
        </message>
        <message>
            <source>“{value}” in column {column} is not a colour like #1a2b3c.</source>
            <translation>„{value}“ in Spalte {column} ist keine Farbe wie #1a2b3c.</translation>
        </message>
        <message>
            <source>“{value}” in column {column} is not yes or no.</source>
            <translation>„{value}“ in Spalte {column} ist weder „yes“ noch „no“ (ja oder nein).</translation>
        </message>
        <message>
            <source>no column for {fields} (headers looked for: {names}).</source>
            <translation>keine Spalte für {fields} (gesuchte Überschriften: {names}).</translation>
        </message>
        <message>
            <source>the score in column {column} has no persona.</source>
            <translation>Der Wert in Spalte {column} hat keine Persona.</translation>
        </message>
        <message>
            <source>column {column} is for cards, and a row with a score is a point of a curve.</source>
            <translation>Spalte {column} ist für Karten, und eine Zeile mit einem Wert ist ein Punkt einer Kurve.</translation>
        </message>
        <message>
            <source>the stage cell is empty, so the score has no place.</source>
            <translation>Die Zelle der Phase ist leer, daher hat der Wert keinen Platz.</translation>
        </message>
        <message>
            <source>“{value}” in column {column} is not a number.</source>
            <translation>„{value}“ in Spalte {column} ist keine Zahl.</translation>
        </message>
        <message>
            <source>“{value}” in column {column} is not a scale like -5..5.</source>
            <translation>„{value}“ in Spalte {column} ist keine Skala wie -5..5.</translation>
        </message>
        <message>
            <source>the stage and lane cells are empty.</source>
            <translation>Die Zellen für Phase und Bahn sind leer.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stage(s)</source>
            <translation>
                <numerusform>%Ln Phase</numerusform>
                <numerusform>%Ln Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lane(s)</source>
            <translation>
                <numerusform>%Ln Bahn</numerusform>
                <numerusform>%Ln Bahnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln Karte</numerusform>
                <numerusform>%Ln Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln persona(s)</source>
            <translation>
                <numerusform>%Ln Persona</numerusform>
                <numerusform>%Ln Personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln emotion point(s)</source>
            <translation>
                <numerusform>%Ln Emotionspunkt</numerusform>
                <numerusform>%Ln Emotionspunkte</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>Will create {items} in {where}.</source>
            <translation>Legt {items} in {where} an.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) have problems; nothing was imported.</source>
            <translation>
                <numerusform>%Ln Zeile hat Probleme; es wurde nichts importiert.</numerusform>
                <numerusform>%Ln Zeilen haben Probleme; es wurde nichts importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) without a score skipped.</source>
            <translation>
                <numerusform>%Ln Zeile ohne Wert übersprungen.</numerusform>
                <numerusform>%Ln Zeilen ohne Wert übersprungen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln emotion point(s) already on the map will be replaced.</source>
            <translation>
                <numerusform>%Ln Emotionspunkt auf der Map wird ersetzt.</numerusform>
                <numerusform>%Ln Emotionspunkte auf der Map werden ersetzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{value}” in column {column} is outside the scale {low}..{high}.</source>
            <translation>„{value}“ in Spalte {column} liegt außerhalb der Skala {low}..{high}.</translation>
        </message>
        <message>
            <source>“{name}” has a score at stage “{stage}” on row {first} already.</source>
            <translation>„{name}“ hat in Zeile {first} bereits einen Wert für die Phase „{stage}“.</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} und {last}</translation>
        </message>
        <message>
            <source>the new map “{title}”</source>
            <translation>der neuen Map „{title}“</translation>
        </message>
        <message>
            <source>the map “{title}”</source>
            <translation>der Map „{title}“</translation>
        </message>
        <message>
            <source>Created {items} in {where}.</source>
            <translation>{items} in {where} angelegt.</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… und {count} weitere.</translation>
        </message>
        <message>
            <source>“{name}” has “{value}” in column {column} here but “{earlier}” on row {first}.</source>
            <translation>„{name}“ hat hier „{value}“ in Spalte {column}, in Zeile {first} aber „{earlier}“.</translation>
        </message>
        <message>
            <source>Import into “{title}”</source>
            <translation>Import in „{title}“</translation>
        </message>
        <message>
            <source>Columns not imported: {columns}</source>
            <translation>Nicht importierte Spalten: {columns}</translation>
        </message>
        <message>
            <source>row {row}: “{name}” is already in the map, so column {column} ({value}) is ignored.</source>
            <translation>Zeile {row}: „{name}“ ist bereits in der Map, daher wird Spalte {column} ({value}) ignoriert.</translation>
        </message>
        <message>
            <source>row {row}: lane “{name}” is already a {kind} lane in the map; the file's kind {ignored} is ignored.</source>
            <translation>Zeile {row}: Die Bahn „{name}“ hat in der Map bereits die Art {kind}; die Art {ignored} aus der Datei wird ignoriert.</translation>
        </message>
        <message>
            <source>“{name}” is the emotions lane: it shows curves, not cards.</source>
            <translation>„{name}“ ist die Bahn der Emotionen: Sie zeigt Kurven, keine Karten.</translation>
        </message>
        <message>
            <source>row {row}: the persona “{name}” is already in the document, so column {column} ({value}) is ignored.</source>
            <translation>Zeile {row}: Die Persona „{name}“ ist bereits im Dokument, daher wird Spalte {column} ({value}) ignoriert.</translation>
        </message>
        <message>
            <source>row {row}: the map's scale is {low}..{high}, so column {column} ({value}) is ignored.</source>
            <translation>Zeile {row}: Die Skala der Map ist {low}..{high}, daher wird Spalte {column} ({value}) ignoriert.</translation>
        </message>
        <message>
            <source>lane “{name}” is kind {kind} here but {earlier} on row {row}.</source>
            <translation>Die Bahn „{name}“ hat hier die Art {kind}, in Zeile {row} aber {earlier}.</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <translation>Zeile {row}: {message}</translation>
        </message>
        <message>
            <source>a moment of truth is “yes” or empty, not “{value}”</source>
            <translation>ein Moment der Wahrheit ist „yes“ oder leer, nicht „{value}“</translation>
        </message>
        <message>
            <source>kind “{kind}” is not a lane kind (one of {kinds})</source>
            <translation>„{kind}“ ist keine Art einer Bahn (erlaubt: {kinds})</translation>
        </message>
        <message>
            <source>votes must be a whole number from 0, not “{value}”</source>
            <translation>Stimmen müssen eine ganze Zahl ab 0 sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>evidence “{evidence}” is not one of {values}</source>
            <translation>Beleg „{evidence}“ ist keiner von {values}</translation>
        </message>
        <message>
            <source>the header names no stages (stage names go in row 1, from column B).</source>
            <translation>Die Kopfzeile nennt keine Phasen (Namen der Phasen stehen in Zeile 1, ab Spalte B).</translation>
        </message>
        <message>
            <source>the lane cell (column A) is empty.</source>
            <translation>Die Zelle der Bahn (Spalte A) ist leer.</translation>
        </message>
        <message>
            <source>column {letter} has no stage name.</source>
            <translation>Spalte {letter} hat keinen Namen einer Phase.</translation>
        </message>
        <message>
            <source>stage “{name}” heads both column {first} and column {second}.</source>
            <translation>Die Phase „{name}“ steht über Spalte {first} und über Spalte {second}.</translation>
        </message>
        <message>
            <source>column {letter}: {problem}</source>
            <translation>Spalte {letter}: {problem}</translation>
        </message>
        <message>
            <source>column {letter} has cards but no stage.</source>
            <translation>Spalte {letter} hat Karten, aber keine Phase.</translation>
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <source>New map</source>
            <translation>Neue Map</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <source>the template's name</source>
            <translation>der Name der Vorlage</translation>
        </message>
        <message>
            <source>Map title</source>
            <translation>Titel der Map</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Map &amp;title:</source>
            <translation>&amp;Titel der Map:</translation>
        </message>
        <message>
            <source>Start from a template:</source>
            <translation>Mit einer Vorlage beginnen:</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Five-stage journey</source>
            <translation>Journey in fünf Phasen</translation>
        </message>
        <message>
            <source>Awareness, Consideration, Decision, Retention, Advocacy.</source>
            <translation>Aufmerksamkeit, Abwägung, Entscheidung, Bindung, Empfehlung.</translation>
        </message>
        <message>
            <source>Six-stage journey</source>
            <translation>Journey in sechs Phasen</translation>
        </message>
        <message>
            <source>Separates purchase and post-purchase evaluation from the decision.</source>
            <translation>Trennt Kauf und Bewertung nach dem Kauf von der Entscheidung.</translation>
        </message>
        <message>
            <source>Eight-step journey</source>
            <translation>Journey in acht Schritten</translation>
        </message>
        <message>
            <source>From highlighting a need to recommending, with receiving and using in between.</source>
            <translation>Vom erkannten Bedarf bis zur Empfehlung, mit Erhalten und Nutzen dazwischen.</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Service Blueprint</translation>
        </message>
        <message>
            <source>Physical evidence, customer actions, frontstage, backstage and support processes.</source>
            <translation>Physische Belege, Kundenaktionen, Frontstage, Backstage und unterstützende Prozesse.</translation>
        </message>
        <message>
            <source>Blank map</source>
            <translation>Leere Map</translation>
        </message>
        <message>
            <source>Three stages and a few common lanes, ready to rename.</source>
            <translation>Drei Phasen und einige übliche Bahnen, bereit zum Umbenennen.</translation>
        </message>
        <message>
            <source>Customer journey</source>
            <translation>Customer Journey</translation>
        </message>
        <message>
            <source>The classic five-stage customer journey.</source>
            <translation>Die klassische Customer Journey in fünf Phasen.</translation>
        </message>
        <message>
            <source>Awareness</source>
            <translation>Aufmerksamkeit</translation>
        </message>
        <message>
            <source>How does the customer first learn that we exist?</source>
            <translation>Wie erfährt die Kundin oder der Kunde zuerst von uns?</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Abwägung</translation>
        </message>
        <message>
            <source>What do they compare, and what makes us a serious option?</source>
            <translation>Was wird verglichen, und was macht uns zu einer ernsthaften Option?</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>What tips the choice, and what almost stops it?</source>
            <translation>Was gibt den Ausschlag, und was hätte es fast verhindert?</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Bindung</translation>
        </message>
        <message>
            <source>What keeps them using us, and what makes them drift away?</source>
            <translation>Was hält sie bei uns, und was lässt sie abwandern?</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>What would make them recommend us, and where do they do it?</source>
            <translation>Was brächte sie dazu, uns zu empfehlen, und wo tun sie es?</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Kundenaktionen</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Gedanken</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Emotionen</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pain Points</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Chancen</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Backstage</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>A six-stage journey that separates purchase from the decision before it.</source>
            <translation>Eine Journey in sechs Phasen, die den Kauf von der Entscheidung davor trennt.</translation>
        </message>
        <message>
            <source>What makes the customer realise they have a need, and how do they hear of us?</source>
            <translation>Wodurch merkt die Kundin oder der Kunde, dass ein Bedarf besteht, und wie erfährt sie oder er von uns?</translation>
        </message>
        <message>
            <source>Which options do they weigh, and where do they look for answers?</source>
            <translation>Welche Optionen wägen sie ab, und wo suchen sie nach Antworten?</translation>
        </message>
        <message>
            <source>Decision-making</source>
            <translation>Entscheidungsfindung</translation>
        </message>
        <message>
            <source>What convinces them, and what doubts remain?</source>
            <translation>Was überzeugt sie, und welche Zweifel bleiben?</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <source>How easy is it to buy, and where does it get stuck?</source>
            <translation>Wie einfach ist der Kauf, und wo hakt es?</translation>
        </message>
        <message>
            <source>Post-purchase evaluation</source>
            <translation>Bewertung nach dem Kauf</translation>
        </message>
        <message>
            <source>Does the product keep the promise the marketing made?</source>
            <translation>Hält das Produkt, was das Marketing versprochen hat?</translation>
        </message>
        <message>
            <source>Loyalty &amp; Advocacy</source>
            <translation>Treue &amp; Empfehlung</translation>
        </message>
        <message>
            <source>Why do they come back and tell others, or why not?</source>
            <translation>Warum kommen sie wieder und erzählen anderen davon – oder warum nicht?</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>An eight-step journey from the first need to the recommendation.</source>
            <translation>Eine Journey in acht Schritten vom ersten Bedarf bis zur Empfehlung.</translation>
        </message>
        <message>
            <source>Highlight a need</source>
            <translation>Bedarf erkennen</translation>
        </message>
        <message>
            <source>What makes the customer realise they have a need?</source>
            <translation>Wodurch merkt die Kundin oder der Kunde, dass ein Bedarf besteht?</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Where do they look for information, and whom do they ask?</source>
            <translation>Wo suchen sie nach Informationen, und wen fragen sie?</translation>
        </message>
        <message>
            <source>Select a company</source>
            <translation>Anbieter auswählen</translation>
        </message>
        <message>
            <source>Why do they choose us over the others?</source>
            <translation>Warum wählen sie uns und nicht die anderen?</translation>
        </message>
        <message>
            <source>Buy</source>
            <translation>Kaufen</translation>
        </message>
        <message>
            <source>What does ordering and paying feel like?</source>
            <translation>Wie fühlen sich Bestellen und Bezahlen an?</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Erhalten</translation>
        </message>
        <message>
            <source>How does the product or service reach them?</source>
            <translation>Wie erreicht sie das Produkt oder die Leistung?</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Nutzen</translation>
        </message>
        <message>
            <source>What is it like to use day to day?</source>
            <translation>Wie ist die Nutzung im Alltag?</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>In Kontakt bleiben</translation>
        </message>
        <message>
            <source>How and how often do we stay in contact?</source>
            <translation>Wie und wie oft bleiben wir in Kontakt?</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>Empfehlen</translation>
        </message>
        <message>
            <source>What would make them recommend us?</source>
            <translation>Was brächte sie dazu, uns zu empfehlen?</translation>
        </message>
        <message>
            <source>What the customer sees and does, and the staff, systems and processes behind it.</source>
            <translation>Was die Kundin oder der Kunde sieht und tut, und die Menschen, Systeme und Prozesse dahinter.</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>Entdecken</translation>
        </message>
        <message>
            <source>How does the customer find the service?</source>
            <translation>Wie findet die Kundin oder der Kunde den Service?</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Buchen</translation>
        </message>
        <message>
            <source>How do they book or sign up?</source>
            <translation>Wie buchen sie oder melden sich an?</translation>
        </message>
        <message>
            <source>Arrive</source>
            <translation>Ankommen</translation>
        </message>
        <message>
            <source>What happens when they arrive or start?</source>
            <translation>Was geschieht, wenn sie ankommen oder beginnen?</translation>
        </message>
        <message>
            <source>Use service</source>
            <translation>Service nutzen</translation>
        </message>
        <message>
            <source>What happens while the service is delivered?</source>
            <translation>Was geschieht, während der Service erbracht wird?</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>How does the visit or session end?</source>
            <translation>Wie endet der Besuch oder die Sitzung?</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachbereitung</translation>
        </message>
        <message>
            <source>What happens afterwards: invoices, reminders, feedback?</source>
            <translation>Was geschieht danach: Rechnungen, Erinnerungen, Feedback?</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Physische Belege</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Frontstage</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Unterstützende Prozesse</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Unbenannte Map</translation>
        </message>
        <message>
            <source>Stage 1</source>
            <translation>Phase 1</translation>
        </message>
        <message>
            <source>Stage 2</source>
            <translation>Phase 2</translation>
        </message>
        <message>
            <source>Stage 3</source>
            <translation>Phase 3</translation>
        </message>
        <message>
            <source>There is no template “{name}”. Templates: {names}.</source>
            <translation>Es gibt keine Vorlage „{name}“. Vorlagen: {names}.</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>this persona</source>
            <translation>diese Persona</translation>
        </message>
        <message>
            <source>this map</source>
            <translation>diese Map</translation>
        </message>
        <message>
            <source>this stage</source>
            <translation>diese Phase</translation>
        </message>
        <message>
            <source>this lane</source>
            <translation>diese Bahn</translation>
        </message>
        <message>
            <source>this card</source>
            <translation>diese Karte</translation>
        </message>
        <message>
            <source>this emotion point</source>
            <translation>diesen Emotionspunkt</translation>
        </message>
        <message>
            <source>this link</source>
            <translation>diese Verknüpfung</translation>
        </message>
        <message>
            <source>this item</source>
            <translation>dieses Element</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Jemand anderes</translation>
        </message>
        <message>
            <source>{who} changed {what} while you were typing; your text was saved over their change (Undo brings theirs back).</source>
            <translation>{who} hat {what} geändert, während Sie tippten; Ihr Text hat die Änderung überschrieben (Rückgängig holt sie zurück).</translation>
        </message>
        <message>
            <source>{who} changed this card while you were typing; their words and yours are both in it (Undo brings back theirs alone).</source>
            <translation>{who} hat diese Karte geändert, während Sie tippten; ihre und Ihre Wörter stehen beide darin (Rückgängig holt ihre Fassung allein zurück).</translation>
        </message>
        <message>
            <source>{who} changed the same words of this card while you were typing; both texts are kept in it, yours first and theirs below, to make one of them (Undo brings back theirs alone).</source>
            <translation>{who} hat dieselben Wörter dieser Karte geändert, während Sie tippten; beide Texte bleiben darin, Ihrer zuerst und der andere darunter, um einen daraus zu machen (Rückgängig holt die andere Fassung allein zurück).</translation>
        </message>
        <message>
            <source>“{label}” cannot be redone: {why} What others added stays; the step is dropped.</source>
            <translation>„{label}“ lässt sich nicht wiederherstellen: {why} Was andere hinzugefügt haben, bleibt; der Schritt entfällt.</translation>
        </message>
        <message>
            <source>“{label}” cannot be undone: {why} What others added stays; Undo goes on with the edit before it.</source>
            <translation>„{label}“ lässt sich nicht rückgängig machen: {why} Was andere hinzugefügt haben, bleibt; Rückgängig macht mit der Änderung davor weiter.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) added since would go with it.</source>
            <translation>
                <numerusform>%n seither hinzugefügte Notiz ginge mit verloren.</numerusform>
                <numerusform>%n seither hinzugefügte Notizen gingen mit verloren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s) given since would go with it.</source>
            <translation>
                <numerusform>%n seither abgegebene Bewertung ginge mit verloren.</numerusform>
                <numerusform>%n seither abgegebene Bewertungen gingen mit verloren.</numerusform>
            </translation>
        </message>
        <message>
            <source>another “{name}” was made since, and two cannot share a name.</source>
            <translation>seither wurde ein weiteres „{name}“ angelegt, und zwei dürfen nicht gleich heißen.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>the text</source>
            <translation>Der Text</translation>
        </message>
        <message>
            <source>the channel</source>
            <translation>Der Kanal</translation>
        </message>
        <message>
            <source>the owner</source>
            <translation>Die verantwortliche Person</translation>
        </message>
        <message>
            <source>the persona</source>
            <translation>Die Persona</translation>
        </message>
        <message>
            <source>the stage</source>
            <translation>Die Phase</translation>
        </message>
        <message>
            <source>the stage name</source>
            <translation>Der Name der Phase</translation>
        </message>
        <message>
            <source>the lane name</source>
            <translation>Der Name der Bahn</translation>
        </message>
        <message>
            <source>votes</source>
            <translation>Die Stimmen</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>Die Farbe</translation>
        </message>
        <message>
            <source>{what} “{value}” already exists; choose another name.</source>
            <translation>{what} „{value}“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>“{lane}” is the emotions lane: it shows curves, not cards.</source>
            <translation>„{lane}“ ist die Emotionsbahn: Sie zeigt Kurven, keine Karten.</translation>
        </message>
        <message>
            <source>That persona is already on this map.</source>
            <translation>Diese Persona ist bereits auf dieser Map.</translation>
        </message>
        <message>
            <source>Use move_card to move a card to another cell.</source>
            <translation>Verschieben Sie eine Karte mit move_card in eine andere Zelle.</translation>
        </message>
        <message>
            <source>An emotion point cannot move to another persona or stage.</source>
            <translation>Ein Emotionspunkt kann nicht zu einer anderen Persona oder Phase wechseln.</translation>
        </message>
        <message>
            <source>An id cannot be changed.</source>
            <translation>Eine ID kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>A persona can be on a map only once.</source>
            <translation>Eine Persona kann nur einmal auf einer Map sein.</translation>
        </message>
        <message>
            <source>A card must sit in a stage and a lane of its own map.</source>
            <translation>Eine Karte muss in einer Phase und einer Bahn ihrer eigenen Map liegen.</translation>
        </message>
        <message>
            <source>A card cannot be linked to itself.</source>
            <translation>Eine Karte kann nicht mit sich selbst verknüpft werden.</translation>
        </message>
        <message>
            <source>These two cards are already linked.</source>
            <translation>Diese beiden Karten sind bereits verknüpft.</translation>
        </message>
        <message>
            <source>An emotion point must sit under a stage of its own map.</source>
            <translation>Ein Emotionspunkt muss unter einer Phase seiner eigenen Map liegen.</translation>
        </message>
        <message>
            <source>Add the persona to the map before giving it an emotion curve.</source>
            <translation>Fügen Sie die Persona der Map hinzu, bevor Sie ihr eine Emotionskurve geben.</translation>
        </message>
        <message>
            <source>This document is open read-only, so it cannot be changed. Save a copy to edit it.</source>
            <translation>Dieses Dokument ist schreibgeschützt geöffnet und kann daher nicht geändert werden. Speichern Sie eine Kopie, um es zu bearbeiten.</translation>
        </message>
        <message>
            <source>What this edit changed was deleted by someone else after your edit, so it cannot be undone or redone; the edits before it still can.</source>
            <translation>Was diese Änderung betraf, wurde nach Ihrer Änderung von jemand anderem gelöscht, daher kann sie weder rückgängig gemacht noch wiederhergestellt werden; die Änderungen davor schon.</translation>
        </message>
        <message>
            <source>That persona is not on this map.</source>
            <translation>Diese Persona ist nicht auf dieser Map.</translation>
        </message>
        <message>
            <source>A map can show only personas of this document.</source>
            <translation>Eine Map kann nur Personas dieses Dokuments zeigen.</translation>
        </message>
        <message>
            <source>Only a future-state map can rework another map.</source>
            <translation>Nur eine Soll-Map kann eine andere Map überarbeiten.</translation>
        </message>
        <message>
            <source>A future-state map can rework only a current-state map of this file.</source>
            <translation>Eine Soll-Map kann nur eine Ist-Map dieser Datei überarbeiten.</translation>
        </message>
        <message>
            <source>An emotion score of {score:g} lies outside {low}..{high}; change those points first.</source>
            <translation>Ein Emotionswert von {score:g} liegt außerhalb von {low}..{high}; ändern Sie zuerst diese Punkte.</translation>
        </message>
        <message>
            <source>A future-state map reworks this map, so it must stay current-state.</source>
            <translation>Eine Soll-Map überarbeitet diese Map, daher muss sie ein Ist-Zustand bleiben.</translation>
        </message>
        <message>
            <source>The emotions lane holds curves, not cards: move its cards before changing its kind.</source>
            <translation>Die Emotionsbahn enthält Kurven, keine Karten: Verschieben Sie ihre Karten, bevor Sie ihre Art ändern.</translation>
        </message>
        <message>
            <source>A link must join two cards of this document.</source>
            <translation>Eine Verknüpfung muss zwei Karten dieses Dokuments verbinden.</translation>
        </message>
        <message>
            <source>Detach the persona to remove it with its emotion curve.</source>
            <translation>Lösen Sie die Persona von der Map, um sie mit ihrer Emotionskurve zu entfernen.</translation>
        </message>
        <message>
            <source>Position {index} is outside 0..{size}.</source>
            <translation>Position {index} liegt außerhalb von 0..{size}.</translation>
        </message>
        <message>
            <source>Unknown field: {detail}</source>
            <translation>Unbekanntes Feld: {detail}</translation>
        </message>
        <message>
            <source>A persona's name</source>
            <translation>Der Name einer Persona</translation>
        </message>
        <message>
            <source>A persona's role</source>
            <translation>Die Rolle einer Persona</translation>
        </message>
        <message>
            <source>A persona's quote</source>
            <translation>Das Zitat einer Persona</translation>
        </message>
        <message>
            <source>A persona's description</source>
            <translation>Die Beschreibung einer Persona</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivationen</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pain Points</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Verhalten</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>A persona's colour</source>
            <translation>Die Farbe einer Persona</translation>
        </message>
        <message>
            <source>A map's title</source>
            <translation>Der Titel einer Map</translation>
        </message>
        <message>
            <source>A map's description</source>
            <translation>Die Beschreibung einer Map</translation>
        </message>
        <message>
            <source>A stage's name</source>
            <translation>Der Name einer Phase</translation>
        </message>
        <message>
            <source>A stage's description</source>
            <translation>Die Beschreibung einer Phase</translation>
        </message>
        <message>
            <source>A stage's width</source>
            <translation>Die Breite einer Phase</translation>
        </message>
        <message>
            <source>A lane's name</source>
            <translation>Der Name einer Bahn</translation>
        </message>
        <message>
            <source>A lane's colour</source>
            <translation>Die Farbe einer Bahn</translation>
        </message>
        <message>
            <source>A lane's height</source>
            <translation>Die Höhe einer Bahn</translation>
        </message>
        <message>
            <source>A lane's collapsed flag</source>
            <translation>Der Eingeklappt-Schalter einer Bahn</translation>
        </message>
        <message>
            <source>A card's text</source>
            <translation>Der Text einer Karte</translation>
        </message>
        <message>
            <source>A card's colour</source>
            <translation>Die Farbe einer Karte</translation>
        </message>
        <message>
            <source>A card's channel</source>
            <translation>Der Kanal einer Karte</translation>
        </message>
        <message>
            <source>A card's owner</source>
            <translation>Die Verantwortung einer Karte</translation>
        </message>
        <message>
            <source>A card's votes</source>
            <translation>Die Stimmen einer Karte</translation>
        </message>
        <message>
            <source>A card's moment-of-truth mark</source>
            <translation>Die Markierung „Moment der Wahrheit“ einer Karte</translation>
        </message>
        <message>
            <source>A card's author</source>
            <translation>Der Autor einer Karte</translation>
        </message>
        <message>
            <source>A card's from-the-room mark</source>
            <translation>Die Markierung „aus dem Raum“ einer Karte</translation>
        </message>
        <message>
            <source>A card's held-in-the-inbox mark</source>
            <translation>Die Markierung „im Eingang“ einer Karte</translation>
        </message>
        <message>
            <source>A card's room votes</source>
            <translation>Die Raum-Stimmen einer Karte</translation>
        </message>
        <message>
            <source>An emotion score</source>
            <translation>Ein Emotionswert</translation>
        </message>
        <message>
            <source>An emotion note</source>
            <translation>Eine Emotionsnotiz</translation>
        </message>
        <message>
            <source>A persona named</source>
            <translation>Eine Persona namens</translation>
        </message>
        <message>
            <source>A map titled</source>
            <translation>Eine Map mit dem Titel</translation>
        </message>
        <message>
            <source>A stage named</source>
            <translation>Eine Phase namens</translation>
        </message>
        <message>
            <source>A lane named</source>
            <translation>Eine Bahn namens</translation>
        </message>
        <message>
            <source>A map's state</source>
            <translation>Der Zustand einer Map</translation>
        </message>
        <message>
            <source>A map's curve style</source>
            <translation>Der Kurvenstil einer Map</translation>
        </message>
        <message>
            <source>A lane's kind</source>
            <translation>Die Art einer Bahn</translation>
        </message>
        <message>
            <source>A card's evidence</source>
            <translation>Der Beleg einer Karte</translation>
        </message>
        <message>
            <source>An emotion point's evidence</source>
            <translation>Der Beleg eines Emotionspunkts</translation>
        </message>
        <message>
            <source>A rater's name</source>
            <translation>Der Name einer bewertenden Person</translation>
        </message>
        <message>
            <source>A version's name</source>
            <translation>Der Name einer Version</translation>
        </message>
        <message>
            <source>There is no persona with id {id}.</source>
            <translation>Es gibt keine Persona mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no map with id {id}.</source>
            <translation>Es gibt keine Map mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no stage with id {id}.</source>
            <translation>Es gibt keine Phase mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no lane with id {id}.</source>
            <translation>Es gibt keine Bahn mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no card with id {id}.</source>
            <translation>Es gibt keine Karte mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no emotion point with id {id}.</source>
            <translation>Es gibt keinen Emotionspunkt mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no link with id {id}.</source>
            <translation>Es gibt keine Verknüpfung mit der ID {id}.</translation>
        </message>
        <message>
            <source>A persona with id {id} already exists.</source>
            <translation>Eine Persona mit der ID {id} gibt es bereits.</translation>
        </message>
        <message>
            <source>A map with id {id} already exists.</source>
            <translation>Eine Map mit der ID {id} gibt es bereits.</translation>
        </message>
        <message>
            <source>A stage with id {id} already exists.</source>
            <translation>Eine Phase mit der ID {id} gibt es bereits.</translation>
        </message>
        <message>
            <source>A lane with id {id} already exists.</source>
            <translation>Eine Bahn mit der ID {id} gibt es bereits.</translation>
        </message>
        <message>
            <source>A card with id {id} already exists.</source>
            <translation>Eine Karte mit der ID {id} gibt es bereits.</translation>
        </message>
        <message>
            <source>An emotion point with id {id} already exists.</source>
            <translation>Einen Emotionspunkt mit der ID {id} gibt es bereits.</translation>
        </message>
        <message>
            <source>A link with id {id} already exists.</source>
            <translation>Eine Verknüpfung mit der ID {id} gibt es bereits.</translation>
        </message>
        <message>
            <source>A persona's id must be a short non-empty text.</source>
            <translation>Die ID einer Persona muss ein kurzer, nicht leerer Text sein.</translation>
        </message>
        <message>
            <source>A map's id must be a short non-empty text.</source>
            <translation>Die ID einer Map muss ein kurzer, nicht leerer Text sein.</translation>
        </message>
        <message>
            <source>A stage's id must be a short non-empty text.</source>
            <translation>Die ID einer Phase muss ein kurzer, nicht leerer Text sein.</translation>
        </message>
        <message>
            <source>A lane's id must be a short non-empty text.</source>
            <translation>Die ID einer Bahn muss ein kurzer, nicht leerer Text sein.</translation>
        </message>
        <message>
            <source>A card's id must be a short non-empty text.</source>
            <translation>Die ID einer Karte muss ein kurzer, nicht leerer Text sein.</translation>
        </message>
        <message>
            <source>An emotion point's id must be a short non-empty text.</source>
            <translation>Die ID eines Emotionspunkts muss ein kurzer, nicht leerer Text sein.</translation>
        </message>
        <message>
            <source>A link's id must be a short non-empty text.</source>
            <translation>Die ID einer Verknüpfung muss ein kurzer, nicht leerer Text sein.</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>The scale minimum</source>
            <translation>Das Skalenminimum</translation>
        </message>
        <message>
            <source>The scale maximum</source>
            <translation>Das Skalenmaximum</translation>
        </message>
        <message>
            <source>An emotion point's ratings must be a list of (name, score) pairs.</source>
            <translation>Die Bewertungen eines Emotionspunkts müssen eine Liste von Paaren (Name, Wert) sein.</translation>
        </message>
        <message>
            <source>An emotion point has {count:,} ratings; the limit is {limit:,}.</source>
            <translation>Ein Emotionspunkt hat {count:,} Bewertungen; höchstens {limit:,} sind möglich.</translation>
        </message>
        <message>
            <source>The photo is {size:.1f} MB; the limit is {limit} MB. Scale it down and try again.</source>
            <translation>Das Foto hat {size:.1f} MB; die Grenze liegt bei {limit} MB. Verkleinern Sie es und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>A photo must be PNG or JPEG, not {mime!r}.</source>
            <translation>Ein Foto muss PNG oder JPEG sein, nicht {mime!r}.</translation>
        </message>
        <message>
            <source>The photo's bytes are not a {format} image.</source>
            <translation>Die Daten des Fotos sind kein {format}-Bild.</translation>
        </message>
        <message>
            <source>{what} contains a NUL character, which is not allowed.</source>
            <translation>{what} enthält ein NUL-Zeichen, das nicht erlaubt ist.</translation>
        </message>
        <message>
            <source>A tag must not be empty.</source>
            <translation>Ein Schlagwort darf nicht leer sein.</translation>
        </message>
        <message>
            <source>An emotion point holds one rating per participant.</source>
            <translation>Ein Emotionspunkt enthält eine Bewertung je teilnehmender Person.</translation>
        </message>
        <message>
            <source>{what} must be between {low} and {high}, not {value}.</source>
            <translation>{what} muss zwischen {low} und {high} liegen, nicht {value}.</translation>
        </message>
        <message>
            <source>{what} must be true or false, not {value!r}.</source>
            <translation>{what} muss wahr oder falsch sein, nicht {value!r}.</translation>
        </message>
        <message>
            <source>A photo must be a PNG or JPEG image.</source>
            <translation>Ein Foto muss ein PNG- oder JPEG-Bild sein.</translation>
        </message>
        <message>
            <source>A photo's data must be bytes.</source>
            <translation>Die Daten eines Fotos müssen Bytes sein.</translation>
        </message>
        <message>
            <source>{what} must be one of {allowed}; {value!r} is not.</source>
            <translation>{what} muss einer dieser Werte sein: {allowed}; {value!r} ist es nicht.</translation>
        </message>
        <message>
            <source>{what} must not be empty.</source>
            <translation>{what} darf nicht leer sein.</translation>
        </message>
        <message>
            <source>{what} must be text, not {type}.</source>
            <translation>{what} muss Text sein, nicht {type}.</translation>
        </message>
        <message>
            <source>{what} is {length:,} characters long; the limit is {limit:,}.</source>
            <translation>{what} ist {length:,} Zeichen lang; die Grenze liegt bei {limit:,}.</translation>
        </message>
        <message>
            <source>{what} must be a list of texts.</source>
            <translation>{what} muss eine Liste von Texten sein.</translation>
        </message>
        <message>
            <source>An entry of {what}</source>
            <translation>Ein Eintrag von {what}</translation>
        </message>
        <message>
            <source>{what} has {count} entries; the limit is {limit}.</source>
            <translation>{what} hat {count} Einträge; die Grenze liegt bei {limit}.</translation>
        </message>
        <message>
            <source>{name}'s rating</source>
            <translation>Die Bewertung von {name}</translation>
        </message>
        <message>
            <source>{what} must be a colour like #1a2b3c, not {value!r}.</source>
            <translation>{what} muss eine Farbe wie #1a2b3c sein, nicht {value!r}.</translation>
        </message>
        <message>
            <source>{what} must be a number, not {value!r}.</source>
            <translation>{what} muss eine Zahl sein, nicht {value!r}.</translation>
        </message>
        <message>
            <source>{what} must be between {low:g} and {high:g}, not {value:g}.</source>
            <translation>{what} muss zwischen {low:g} und {high:g} liegen, nicht {value:g}.</translation>
        </message>
        <message>
            <source>{what} must be a whole number, not {value!r}.</source>
            <translation>{what} muss eine ganze Zahl sein, nicht {value!r}.</translation>
        </message>
        <message>
            <source>The scale minimum ({low}) must be below its maximum ({high}).</source>
            <translation>Das Skalenminimum ({low}) muss unter dem Maximum ({high}) liegen.</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <source>That version no longer exists.</source>
            <translation>Diese Version existiert nicht mehr.</translation>
        </message>
        <message>
            <source>That version is damaged and cannot be read.</source>
            <translation>Diese Version ist beschädigt und kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>That version is damaged and cannot be restored: {detail}</source>
            <translation>Diese Version ist beschädigt und kann nicht wiederhergestellt werden: {detail}</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Save version</source>
            <translation>Version speichern</translation>
        </message>
        <message>
            <source>Name of this version (e.g. “after workshop 1”):</source>
            <translation>Name dieser Version (z. B. „nach Workshop 1“):</translation>
        </message>
        <message>
            <source>Delete version</source>
            <translation>Version löschen</translation>
        </message>
        <message>
            <source>Versions are kept in this document, outside the undo history. Save a Copy, Save a Copy to a Team Library and taking a library offline carry them along.</source>
            <translation>Versionen werden in diesem Dokument gespeichert, außerhalb des Rückgängig-Verlaufs. „Kopie speichern unter“, „Kopie in Team-Bibliothek speichern“ und das Mitnehmen einer Bibliothek als Datei übernehmen sie.</translation>
        </message>
        <message>
            <source>Save version…</source>
            <translation>Version speichern…</translation>
        </message>
        <message>
            <source>Compare with map</source>
            <translation>Mit Map vergleichen</translation>
        </message>
        <message>
            <source>Restore as new map</source>
            <translation>Als neue Map wiederherstellen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Version deleted.</source>
            <translation>Version gelöscht.</translation>
        </message>
        <message>
            <source>No differences in the cards.</source>
            <translation>Keine Unterschiede in den Karten.</translation>
        </message>
        <message>
            <source>Versions of {title}</source>
            <translation>Versionen von {title}</translation>
        </message>
        <message>
            <source>Saved version “{name}”.</source>
            <translation>Version „{name}“ gespeichert.</translation>
        </message>
        <message>
            <source>Restored as the new map “{title}”.</source>
            <translation>Als neue Map „{title}“ wiederhergestellt.</translation>
        </message>
        <message>
            <source>Delete this version? This cannot be undone.</source>
            <translation>Diese Version löschen? Das kann nicht rückgängig gemacht werden.</translation>
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <source>This map has no persona yet: add one (Map ▸ Personas…, Ctrl+Shift+P), then click here to draw how they feel.</source>
            <translation>Diese Map hat noch keine Persona: Fügen Sie eine hinzu (Map ▸ Personas…, Strg+Umschalt+P) und klicken Sie dann hier, um ihre Gefühlskurve zu zeichnen.</translation>
        </message>
        <message>
            <source>The next step to redo is on “{title}”: redo it there (Esc leaves workshop mode).</source>
            <translation>Der nächste Schritt zum Wiederherstellen ist auf „{title}“: Stellen Sie ihn dort wieder her (Esc verlässt den Workshop-Modus).</translation>
        </message>
        <message>
            <source>The last step was on “{title}”: undo it there (Esc leaves workshop mode).</source>
            <translation>Der letzte Schritt war auf „{title}“: Machen Sie ihn dort rückgängig (Esc verlässt den Workshop-Modus).</translation>
        </message>
        <message>
            <source>the file is open read-only</source>
            <translation>die Datei ist schreibgeschützt geöffnet</translation>
        </message>
        <message>
            <source>Delete Stage</source>
            <translation>Phase löschen</translation>
        </message>
        <message>
            <source>Delete Lane</source>
            <translation>Bahn löschen</translation>
        </message>
        <message numerus="yes">
            <source>Deleted the stage “{name}” with %n card(s). Undo (Ctrl+Z) brings it back.</source>
            <translation>
                <numerusform>Phase „{name}“ mit %n Karte gelöscht. Rückgängig (Strg+Z) holt sie zurück.</numerusform>
                <numerusform>Phase „{name}“ mit %n Karten gelöscht. Rückgängig (Strg+Z) holt sie zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted the lane “{name}” with %n card(s). Undo (Ctrl+Z) brings it back.</source>
            <translation>
                <numerusform>Bahn „{name}“ mit %n Karte gelöscht. Rückgängig (Strg+Z) holt sie zurück.</numerusform>
                <numerusform>Bahn „{name}“ mit %n Karten gelöscht. Rückgängig (Strg+Z) holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>This map cannot be edited: {why}. Use File ▸ Save a Copy to edit a copy.</source>
            <translation>Diese Map kann nicht bearbeitet werden: {why}. Mit Datei ▸ Kopie speichern unter bearbeiten Sie eine Kopie.</translation>
        </message>
        <message numerus="yes">
            <source>Delete the stage “{name}” and its %n card(s)? Undo (Ctrl+Z) brings it back.</source>
            <translation>
                <numerusform>Die Phase „{name}“ mit ihrer %n Karte löschen? Rückgängig (Strg+Z) holt sie zurück.</numerusform>
                <numerusform>Die Phase „{name}“ mit ihren %n Karten löschen? Rückgängig (Strg+Z) holt sie zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lane “{name}” and its %n card(s)? Undo (Ctrl+Z) brings it back.</source>
            <translation>
                <numerusform>Die Bahn „{name}“ mit ihrer %n Karte löschen? Rückgängig (Strg+Z) holt sie zurück.</numerusform>
                <numerusform>Die Bahn „{name}“ mit ihren %n Karten löschen? Rückgängig (Strg+Z) holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clicks in the emotions lane now set {name}'s curve.</source>
            <translation>Klicks in der Emotionsbahn setzen jetzt die Kurve von {name}.</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Sample journey map</source>
            <translation>Beispiel-Journey-Map</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <source>jmdesigner</source>
            <translation>jmdesigner</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to jmdesigner&lt;/h2&gt;&lt;p&gt;Map a customer journey: stages, lanes, cards, feelings.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Willkommen bei jmdesigner&lt;/h2&gt;&lt;p&gt;Bilden Sie eine Customer Journey ab: Phasen, Bahnen, Karten, Gefühle.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open the sample map</source>
            <translation>Die Beispiel-Map öffnen</translation>
        </message>
        <message>
            <source>A finished grocery-delivery journey to look around in</source>
            <translation>Eine fertige Journey eines Lebensmittel-Lieferdienstes zum Umsehen</translation>
        </message>
        <message>
            <source>Start from a template</source>
            <translation>Mit einer Vorlage beginnen</translation>
        </message>
        <message>
            <source>Five or six stages, eight steps, a service blueprint, or blank</source>
            <translation>Fünf oder sechs Phasen, acht Schritte, ein Service Blueprint oder leer</translation>
        </message>
        <message>
            <source>Import a journey</source>
            <translation>Eine Journey importieren</translation>
        </message>
        <message>
            <source>From a spreadsheet, JSON, Mermaid, Markdown, Ptolemy or GOV.UK</source>
            <translation>Aus einer Tabelle, JSON, Mermaid, Markdown, Ptolemy oder GOV.UK</translation>
        </message>
        <message>
            <source>Open a file…</source>
            <translation>Eine Datei öffnen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
            <translation>&lt;b&gt;Zuletzt geöffnet&lt;/b&gt;</translation>
        </message>
        <message>
            <source>or drop a .jmap file here</source>
            <translation>oder eine .jmap-Datei hier ablegen</translation>
        </message>
        <message>
            <source>Open {name} in {folder}</source>
            <translation>{name} in {folder} öffnen</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Stages shown</source>
            <translation>Gezeigte Phasen</translation>
        </message>
        <message>
            <source>Focus stage</source>
            <translation>Fokus-Phase</translation>
        </message>
        <message>
            <source>Previous stage</source>
            <translation>Vorherige Phase</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>Nächste Phase</translation>
        </message>
        <message>
            <source>Previous stage (Page Up)</source>
            <translation>Vorherige Phase (Bild auf)</translation>
        </message>
        <message>
            <source>Next stage (Page Down)</source>
            <translation>Nächste Phase (Bild ab)</translation>
        </message>
        <message>
            <source>Timer minutes</source>
            <translation>Timer-Minuten</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Dots per participant</source>
            <translation>Punkte pro Person</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>Abstimmung starten</translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>Neue Abstimmungsrunde</translation>
        </message>
        <message>
            <source>Clear every vote on this map and start again (Ctrl+Z brings them back)</source>
            <translation>Alle Stimmen auf dieser Map löschen und neu beginnen (Strg+Z holt sie zurück)</translation>
        </message>
        <message>
            <source>Dots left</source>
            <translation>Verbleibende Punkte</translation>
        </message>
        <message>
            <source>Exit (Esc)</source>
            <translation>Ende (Esc)</translation>
        </message>
        <message>
            <source>Top voted
pain points &amp; opportunities</source>
            <translation>Meiste Stimmen
Pain Points &amp; Chancen</translation>
        </message>
        <message>
            <source>Top voted cards</source>
            <translation>Karten mit den meisten Stimmen</translation>
        </message>
        <message>
            <source>Find a card on this map</source>
            <translation>Eine Karte auf dieser Map suchen</translation>
        </message>
        <message>
            <source>Find a card</source>
            <translation>Eine Karte suchen</translation>
        </message>
        <message>
            <source>End voting</source>
            <translation>Abstimmung beenden</translation>
        </message>
        <message>
            <source>Voting: click a card (or press V) to give it a dot; − takes one back.</source>
            <translation>Abstimmung: Klicken Sie auf eine Karte (oder drücken Sie V), um ihr einen Punkt zu geben; − nimmt einen zurück.</translation>
        </message>
        <message>
            <source>Voting ended.</source>
            <translation>Abstimmung beendet.</translation>
        </message>
        <message numerus="yes">
            <source>New round: the votes of %n card(s) cleared (Ctrl+Z brings them back). Click to vote.</source>
            <translation>
                <numerusform>Neue Runde: Die Stimmen von %n Karte gelöscht (Strg+Z holt sie zurück). Zum Abstimmen klicken.</numerusform>
                <numerusform>Neue Runde: Die Stimmen von %n Karten gelöscht (Strg+Z holt sie zurück). Zum Abstimmen klicken.</numerusform>
            </translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <source>Focus:</source>
            <translation>Fokus:</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Fit the map to the screen</source>
            <translation>Die Map an den Bildschirm anpassen</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message numerus="yes">
            <source> participant(s)</source>
            <translation>
                <numerusform> Person</numerusform>
                <numerusform> Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> dot(s)</source>
            <translation>
                <numerusform> Punkt</numerusform>
                <numerusform> Punkte</numerusform>
            </translation>
        </message>
        <message>
            <source>Time is up.</source>
            <translation>Die Zeit ist um.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Type to find a card on this map: Enter the next, Esc back to the map.</source>
            <translation>Tippen Sie, um eine Karte auf dieser Map zu suchen: Eingabe die nächste, Esc zurück zur Map.</translation>
        </message>
        <message>
            <source>“{text}” came from the input method and starts a card. Page Down and Page Up step through the stages with any input method.</source>
            <translation>„{text}“ kam von der Eingabemethode und beginnt eine Karte. Bild ab und Bild auf wechseln mit jeder Eingabemethode die Phase.</translation>
        </message>
        <message>
            <source>(empty card)</source>
            <translation>(leere Karte)</translation>
        </message>
        <message>
            <source>Workshop — {title}</source>
            <translation>Workshop — {title}</translation>
        </message>
        <message>
            <source>Stage {n} of {count}</source>
            <translation>Phase {n} von {count}</translation>
        </message>
        <message>
            <source>Stages {first}–{last} of {count}</source>
            <translation>Phasen {first}–{last} von {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n new note(s)</source>
            <translation>
                <numerusform>%n neue Notiz</numerusform>
                <numerusform>%n neue Notizen</numerusform>
            </translation>
        </message>
        <message>
            <source>All dots are spent.</source>
            <translation>Alle Punkte sind vergeben.</translation>
        </message>
        <message>
            <source>Card {n} of {count}: Enter the next, Esc back to the map.</source>
            <translation>Karte {n} von {count}: Eingabe die nächste, Esc zurück zur Map.</translation>
        </message>
        <message>
            <source>No card on this map holds “{words}”.</source>
            <translation>Keine Karte auf dieser Map enthält „{words}“.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s): {card}</source>
            <translation>
                <numerusform>%n Stimme: {card}</numerusform>
                <numerusform>%n Stimmen: {card}</numerusform>
            </translation>
        </message>
        <message>
            <source>{left} of {budget} dots left</source>
            <translation>{left} von {budget} Punkten übrig</translation>
        </message>
    </context>
</TS>
