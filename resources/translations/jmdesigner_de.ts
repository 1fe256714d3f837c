<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Accessible</name>
        <message>
            <source>Journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stages} stages, {lanes} lanes, {cards} cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey map {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new file from a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a journey map file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Team Library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maps and personas shared on a PostgreSQL server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a Copy to a Team &amp;Library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish every map and persona of this document into a team library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a &amp;Copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a copy of this file under another name; keep editing this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an automatic backup of this file as a new file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from &amp;Spreadsheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards or survey scores from a CSV or Excel file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A journey from jmdesigner JSON, Ptolemy .ojf, a GOV.UK step-by-step, Mermaid or Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF for clients, PNG or SVG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Map as Spr&amp;eadsheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Map as &amp;JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste &amp;Journey as New Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Mermaid journey (or another importable text) from the clipboard, as a new map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected cards, emotion point, stage or lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find cards in all maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Workshop Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen for a projector: stage focus, timer, dot voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite the &amp;Room…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants add notes, vote and rate feelings from their phones on this network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Accept Selected Room Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the selected notes from the room as ordinary cards (their “Room” mark goes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next &amp;Panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the keyboard to the next panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;vious Panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the keyboard to the previous panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with the &amp;Current State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This future-state map against the map it reworks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare &amp;With…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This map and another side by side: curves, changes, links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ortfolio Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every map: state, curves, pain points answered, votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Versions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save, compare and restore named versions of this map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Personas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the file's personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every key of jmdesigner on one page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About jmdesigner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W&amp;orkshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>--size must be between 200x200 and 10000x10000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write the screenshot {screenshot}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--size must look like 1600x1000, not “{text}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>when opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>while editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore backup as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey maps (*.jmap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups are kept in jmdesigner's own folder: the last 10, and one a day for a week. A backup is restored as a new file; your document stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before the update to format {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore {name} from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups of {name} yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BlueprintItem</name>
        <message>
            <source>Physical evidence (above the line of interaction)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer actions (above the line of interaction)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frontstage (below interaction, above visibility)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backstage (below visibility, above internal interaction)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support processes (below internal interaction)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blueprint Layer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardCommands</name>
        <message>
            <source>Move card</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Move %n cards</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Clipboard</name>
        <message>
            <source>Link cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste card</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Paste %n cards</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cut</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Duplicate %n cards</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show persona on map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove persona from map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place note from the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit emotion point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove emotion point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete card</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n card(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Delete {cards} and {links}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept note from the room</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Accept %n notes from the room</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit %n cards</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Compare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file has only one map; add or duplicate a map to compare it with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A map of this comparison was deleted; close this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare “{title}” with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{label} “{title}” above, {lower} “{title2}” below · cards: {summary} · %n link(s) across · hover a card for its links, double-click to show it on the map</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>“{title}” does not rework a current-state map; use Map ▸ Compare With… instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContextMenu</name>
        <message>
            <source>Observed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move To</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n Cards</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Delete Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change card</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Change %n cards</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>New Card Here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert Stage Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert Stage After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Lane…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raise Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane Above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane Below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set Curve for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane “{name}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <source>This card and its place were deleted by someone else while you were typing; your text was copied to the clipboard, to paste where it belongs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This card was deleted by someone else while you were typing; your text was kept as a new card in the same place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This card was changed by someone else while you were typing; your text was saved over their change (Undo brings theirs back).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit on one page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster tiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One large page (plotter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All maps (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> dpi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary of pain points and opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current vs future (each future-state map against the map it reworks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orientation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tile overlap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale (tiles, plotter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepared by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists in {parent}. Replace it with this export?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG and SVG hold one map: choose a map, or export all maps as PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This document has no map to export yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported: the existing file was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawing {what}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the SVG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {parent} does not exist; choose another with “Choose…”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileWatch</name>
        <message>
            <source>The automatic backup failed: {problem} Your edits are still saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindDock</name>
        <message>
            <source>(empty card)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find cards in all maps…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matching cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first}, in {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cards match</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{position} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Mixed values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observed (backed by research)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumed (needs checking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed (future state)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose any colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: other colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: other colour, {colour_name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Guides</name>
        <message>
            <source>Facilitator's Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultant's Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Facilitator's Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Consultant's Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} is not installed with this copy of jmdesigner.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeaderItems</name>
        <message>
            <source>JOURNEY MAP</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>(not imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One row per card (long)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages as columns, lanes as rows (wide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey scores → emotion curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already on the map's scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPS (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores are on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import into:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview (first {PREVIEW_ROWS} rows; numbers are spreadsheet rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>guessed from the file; change it if the preview looks wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) have problems; fix them in the file and choose it again.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The map “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(column {number})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a map to see and edit its properties here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This was changed by someone else while you were typing; your text was saved over their change (Undo brings theirs back).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InspectorLinks</name>
        <message>
            <source>Link to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This card leads to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It leads to this card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No links yet: Link to…, or Alt-drag onto another card</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InspectorMap</name>
        <message>
            <source>Current state (as it is today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future state (as it should be)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smooth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Straight lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit personas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This map has emotion scores but no Emotions lane, so its curve is not shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an Emotions lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an Emotions lane to show the curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the map's personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current-state map this future-state map redesigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move persona up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move persona down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reworks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope, goal, sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} stages · {} lanes · {} cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} in the legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No current-state map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InspectorPages</name>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A make-or-break moment (marked on the card)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Changes apply to every selected card, as one undo step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fold this lane to its header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the personas' emotion curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Website, phone, shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma, separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column {position} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why they feel this way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At stage “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {low} (very negative) to {high} (very positive)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Ctrl+Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the first cell of the first lane that takes cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move between cells and cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next or previous cell (the keyboard stays on the canvas)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new card in the selected cell, or after the selected card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter, F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected card (or a new card in the selected cell)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Arrows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected cards to the neighbouring cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected cards, emotion point, stage or lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up, Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On an emotion point: raise or lower its score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left, Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On an emotion point: the same persona's point in the next stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu, Shift+F10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The context menu of the selected object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space + drag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pan the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+wheel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom around the pointer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the card (the cell stays selected: type the next one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift+Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new line in the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the editor and keep the text (Ctrl+Z takes it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the text and go to the next or previous cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted {cards} and {links}; Undo brings them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a cell first (Ctrl+Home, an arrow key or a click), then type.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaneKind</name>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thoughts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backstage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Physical evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frontstage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support processes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LastChange</name>
        <message>
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Last changed by {who}, {ago}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on {day} {month_year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last changed by you, {ago}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryDialogs</name>
        <message>
            <source>Team library (postgresql://user@host:port/database; the password may come from ~/.pgpass):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a library address; it starts with postgresql://, as in {EXAMPLE}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryWatch</name>
        <message>
            <source>The automatic backup failed: {problem} Your edits are still saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to the library at {name} again; editing is back on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to the library at {name} was lost; the window is read-only and shows what it last had. jmdesigner keeps trying to reconnect.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkDrag</name>
        <message>
            <source>(empty card)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to Card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show All Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop on another card to link the two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked. The link shows as a badge on both cards; select one to see it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkPicker</name>
        <message>
            <source>Link to card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to find a card (text, stage, lane or map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link “{card_label}” to:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Journey maps (*.jmap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing… Enter to add, Shift+Enter new line, Esc to leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the sample map as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the imported journey as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New journey map file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export map as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook, one row per card (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook, stages × lanes grid (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, one row per card (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, stages × lanes grid (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export map as spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import map from JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journey maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About jmdesigner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Team Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a Copy to a Team Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is the library open in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a map to export first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a file to import into first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clipboard holds no text; copy a Mermaid journey block first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported as a new map; Undo takes it away again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jmdesigner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied {count} map(s) to the library {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card you were typing when jmdesigner stopped is back: Enter adds it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved a copy as {name}; you are still editing {name2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the map to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last error: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;jmdesigner {version}&lt;/h3&gt;&lt;p&gt;A desktop designer for customer journey maps.&lt;/p&gt;&lt;p&gt;Every change is saved to the file as you make it.&lt;/p&gt;&lt;p&gt;Log file: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT licence. Icons: Lucide (ISC). Fonts: Noto and Nanum (OFL), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already open in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is the open document; export the map under another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a file you can edit first, then drop {name} on it to import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo {undo_label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo {redo_label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — jmdesigner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} [read-only] — jmdesigner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card last changed by {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: {read_only_reason}. Use Save a Copy to edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All changes saved · {strftime}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Guides</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapImport</name>
        <message>
            <source>The pasted text</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more line(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import a journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journeys and spreadsheets ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will be created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes and problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing will be created. Fix the source and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curves (in “{lane}”), on a scale of {low}..{high}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curves, on a scale of {low}..{high}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{format}: “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will create a new map: {item}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} cannot be imported: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty card)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: {note}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapNavigator</name>
        <message>
            <source>Maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maps in this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More map actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Map…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a map from a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this current-state map as a linked future-state map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename this map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move this map up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move this map down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this map (undoable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>future state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>current state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “{title}”. Undo (Ctrl+Z) brings it back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapViews</name>
        <message>
            <source>This file has no maps yet.
Use Map ▸ New Map… (Ctrl+Shift+N) to add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No maps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>This file cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every change made before this one is saved in the file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <source>Outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outline of the maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map {title}, {count} stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Where customers meet you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web, phone, shop, app…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer thinks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A feeling curve per persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What goes wrong or frustrates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ideas to make it better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work the customer never sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measures at each stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything else worth keeping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lane of your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer gets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff actions the customer sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processes behind the scenes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note in a cell of a lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A phase of the journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Palette</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop a card on a cell of a lane that holds cards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{description}. Drag onto the map, or press Enter to add it at the selected cell.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonaEditor</name>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes are saved as you make them; Ctrl+Z undoes them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PNG or JPEG; it is scaled down to 512 px</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Curve colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown on maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No personas yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a persona to give a map an emotion curve.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>On %n map(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not shown on any map yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Busy parent, first-time buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something they said, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show on maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has an emotion curve on {maps} ({points}). Removing the persona removes those curves too. You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n map(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cannot use this photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot change the persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name}?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Photo</name>
        <message>
            <source>{name} is not a regular file. Choose a .png or .jpg file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is {value:.0f} MB, too big to import. Save a smaller copy (under 64 MB) and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a PNG or JPEG image. Choose a .png or .jpg file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is {width} × {height} pixels, too large to import. Save a smaller copy and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be read as an image ({errorString}); it may be damaged or incomplete. Open it in an image viewer, save it again as PNG or JPEG, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Even scaled down, {name} needs {value:.1f} MB; the limit is {value2:.0f} MB. Crop it or save it as JPEG, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {name}: {strerror}. Choose another file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PortfolioView</name>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain points answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unanswered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a map to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} maps · {answered} of {pains} pain points answered (linked to what answers them) · {sum} votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future state of “{map}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No personas on this map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QrWidget</name>
        <message>
            <source>QR code of the join link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No QR code</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomWindow</name>
        <message>
            <source>On the map, marked “Room · name” until accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Straight onto the map, as ordinary cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held in the inbox for me to place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan to join the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address to listen on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The local network address phones reach; 127.0.0.1 is this computer only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any free port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots per participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where participants' notes go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes each:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the code on the projector in workshop mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The room is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes from the room waiting to be accepted or placed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept Selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the selected notes as ordinary cards, in the cells their authors chose (Ctrl+Return)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage to place the selected notes in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane to place the selected notes in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the selected notes into this stage and lane instead, accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the room, waiting to be accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feelings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open: phones on this network can join with the code or the link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open on {host}: only this computer can join. Choose another address for phones.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Open: {posted} posted, %n phone(s) following live.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Held for {cell}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the room, waiting to be accepted or placed: {count} ({count2} held off the map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the room, waiting to be accepted ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>On the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While typing a card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{menu} menu</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <source>New map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the template's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map &amp;title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from a template:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Save version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of this version (e.g. “after workshop 1”):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore as new map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No differences in the cards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versions of {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved version “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored as the new map “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this version? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <source>the file is open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Lane</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Deleted the stage “{name}” with %n card(s). Undo (Ctrl+Z) brings it back.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted the lane “{name}” with %n card(s). Undo (Ctrl+Z) brings it back.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This map cannot be edited: {why}. Use File ▸ Save a Copy to edit a copy.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete the stage “{name}” and its %n card(s)? Undo (Ctrl+Z) brings it back.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lane “{name}” and its %n card(s)? Undo (Ctrl+Z) brings it back.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Clicks in the emotions lane now set {name}'s curve.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Sample journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jmdesigner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to jmdesigner&lt;/h2&gt;&lt;p&gt;Map a customer journey: stages, lanes, cards, feelings.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the sample map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A finished grocery-delivery journey to look around in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Five or six stages, eight steps, a service blueprint, or blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a spreadsheet, JSON, Mermaid, Markdown, Ptolemy or GOV.UK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or drop a .jmap file here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Voting: click a card (or press V) to give it a dot; − takes one back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time is up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All dots are spent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New round: {count} cards' votes cleared (Ctrl+Z brings them back). Click to vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New voting round</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Focus stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots per participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear every vote on this map and start again (Ctrl+Z brings them back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top voted
pain points &amp; opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top voted cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the map to the screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty card)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop — {title}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n vote(s): {card}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{left} of {budget} dots left</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
