<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddNodesCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe hinzufügen</numerusform>
            <numerusform>%n Aufgaben hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>the file has no %1; the rule wants %2</source>
        <translation>die Datei hat kein %1; die Regel verlangt %2</translation>
    </message>
    <message>
        <source>%1 is %2 (%3)</source>
        <translation>%1 ist %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is %2; the rule wants %3</source>
        <translation>%1 ist %2; die Regel verlangt %3</translation>
    </message>
</context>
<context>
    <name>ConnectNodesCommand</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
</context>
<context>
    <name>DisconnectNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DissolveNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n task(s) and keep children</source>
        <translation>
            <numerusform>%n Aufgabe löschen und Nachfolger behalten</numerusform>
            <numerusform>%n Aufgaben löschen und Nachfolger behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe verschieben</numerusform>
            <numerusform>%n Aufgaben verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeSummary</name>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>@ %1 s</source>
        <translation>@ %1 s</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>RemoveNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe löschen</numerusform>
            <numerusform>%n Aufgaben löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetMetadataCommand</name>
    <message>
        <source>Edit %1 metadata</source>
        <translation>Metadaten von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetOptionCommand</name>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>SetOptionsCommand</name>
    <message>
        <source>Edit %1 options</source>
        <translation>Optionen von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetRequestFieldsCommand</name>
    <message>
        <source>Edit run request</source>
        <translation>Laufanfrage bearbeiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spool, a studio for media-processing workflows.</source>
        <translation>Spool, ein Studio für Workflows zur Medienverarbeitung.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>value name in --help</comment>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Render the main window offscreen at 1280x800 after fitting the graph to the view, write it to FILE as PNG and exit.</source>
        <translation>Zeichnet das Hauptfenster unsichtbar in 1280x800, nachdem der Graph in die Ansicht eingepasst wurde, schreibt es als PNG in DATEI und beendet sich.</translation>
    </message>
    <message>
        <source>Load the workflow (.spool or runs JSON) into the editor, write the run request it derives to FILE and exit.</source>
        <translation>Lädt den Workflow (.spool oder runs-JSON) in den Editor, schreibt die daraus abgeleitete Laufanfrage in DATEI und beendet sich.</translation>
    </message>
    <message>
        <source>A workflow (.spool) or run request (runs JSON) to open.</source>
        <translation>Ein zu öffnender Workflow (.spool) oder eine zu öffnende Laufanfrage (runs-JSON).</translation>
    </message>
    <message>
        <source>--export needs a workflow to read</source>
        <translation>--export benötigt einen Workflow als Eingabe</translation>
    </message>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;leer&gt;</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>das Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, such as 1024x640 (default 1280x800).</source>
        <translation>Mit --screenshot: die Größe des Fensters, etwa 1024x640 (Vorgabe 1280x800).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <comment>value name in --help</comment>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT of at least 320x240, such as 1024x640 (got %1)</source>
        <translation>--size braucht BREITExHÖHE von mindestens 320x240, etwa 1024x640 (angegeben: %1)</translation>
    </message>
    <message>
        <source>Open the workflow FILE in the window offscreen, run it, wait until the run ends and write the window with the run dock and the timeline to --screenshot. Exits 0 when the run succeeded, 1 otherwise.</source>
        <translation>Öffnet den Workflow DATEI unsichtbar im Fenster, führt ihn aus, wartet bis zum Ende des Laufs und schreibt das Fenster mit dem Lauf-Dock und der Zeitleiste nach --screenshot. Beendet sich mit 0, wenn der Lauf erfolgreich war, sonst mit 1.</translation>
    </message>
    <message>
        <source>With --run: the file or URL that replaces the root ingest&apos;s url, as spool-cli run --input.</source>
        <translation>Mit --run: die Datei oder URL, die die url des obersten Ingest ersetzt, wie bei spool-cli run --input.</translation>
    </message>
    <message>
        <source>--run needs --screenshot FILE</source>
        <translation>--run braucht --screenshot DATEI</translation>
    </message>
    <message>
        <source>--input goes with --run</source>
        <translation>--input gilt nur zusammen mit --run</translation>
    </message>
    <message>
        <source>cannot open the run history: %1</source>
        <translation>Der Laufverlauf lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>run %1 did not end within %2 seconds; it was stopped</source>
        <translation>Lauf %1 endete nicht binnen %2 Sekunden; er wurde abgebrochen</translation>
    </message>
    <message>
        <source>run %1 ended %2</source>
        <translation>Lauf %1 endete mit Status %2</translation>
    </message>
    <message>
        <source>The run history cannot be opened (%1). Runs are kept in a temporary folder until Spool closes.</source>
        <translation>Der Laufverlauf lässt sich nicht öffnen (%1). Läufe werden bis zum Schließen von Spool in einem temporären Ordner gehalten.</translation>
    </message>
</context>
<context>
    <name>spool::Condition</name>
    <message>
        <source>a boolean</source>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1 is a number, so &quot;%2&quot; needs a number, not %3</source>
        <translation>%1 ist eine Zahl, daher braucht &quot;%2&quot; eine Zahl, nicht %3</translation>
    </message>
    <message>
        <source>%1 is text, so &quot;%2&quot; needs a string, not %3</source>
        <translation>%1 ist Text, daher braucht &quot;%2&quot; eine Zeichenkette, nicht %3</translation>
    </message>
    <message>
        <source>%1 is one of %2, never &quot;%3&quot;%4</source>
        <translation>%1 ist immer einer der Werte %2, nie &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property of the input file; use one of %2%3</source>
        <translation>&quot;%1&quot; ist keine Eigenschaft der Eingabedatei; verwenden Sie eine von %2%3</translation>
    </message>
    <message>
        <source>must be an operator object such as {&quot;eq&quot;: ...} or {&quot;gt&quot;: ...}</source>
        <translation>muss ein Operator-Objekt wie {&quot;eq&quot;: ...} oder {&quot;gt&quot;: ...} sein</translation>
    </message>
    <message>
        <source>names no operator; use one of %1</source>
        <translation>nennt keinen Operator; verwenden Sie einen von %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator; use one of %2%3</source>
        <translation>&quot;%1&quot; ist kein Operator; verwenden Sie einen von %2%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers, but %2 is text</source>
        <translation>&quot;%1&quot; vergleicht Zahlen, aber %2 ist Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares text, but %2 is a number</source>
        <translation>&quot;%1&quot; vergleicht Text, aber %2 ist eine Zahl</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a non-empty array of values</source>
        <translation>&quot;in&quot; braucht ein nicht leeres Array von Werten</translation>
    </message>
    <message>
        <source>the legacy form is an array of {&quot;prop&quot;, &quot;value&quot;} objects</source>
        <translation>die alte Form ist ein Array von {&quot;prop&quot;, &quot;value&quot;}-Objekten</translation>
    </message>
    <message>
        <source>must be an object with a &quot;prop&quot; string and a &quot;value&quot;</source>
        <translation>muss ein Objekt mit einer Zeichenkette &quot;prop&quot; und einem &quot;value&quot; sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a legacy condition</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in einer Bedingung der alten Form</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property of the input file%2</source>
        <translation>&quot;%1&quot; ist keine Eigenschaft der Eingabedatei%2</translation>
    </message>
    <message>
        <source>the checks are written in both forms, the operator entries (%1) and the legacy &quot;conditions&quot; list; write them in one</source>
        <translation>die Prüfungen sind in beiden Formen geschrieben, als Operator-Einträge (%1) und als &quot;conditions&quot;-Liste der alten Form; schreiben Sie sie in einer</translation>
    </message>
    <message>
        <source>a conditions task needs at least one check, such as {&quot;kind&quot;: {&quot;eq&quot;: &quot;video&quot;}} or the legacy [{&quot;prop&quot;: &quot;kind&quot;, &quot;value&quot;: &quot;video&quot;}]: without one every branch would run</source>
        <translation>eine conditions-Aufgabe benötigt mindestens eine Prüfung, etwa {&quot;kind&quot;: {&quot;eq&quot;: &quot;video&quot;}} oder in der alten Form [{&quot;prop&quot;: &quot;kind&quot;, &quot;value&quot;: &quot;video&quot;}]: ohne eine würde jeder Zweig ausgeführt</translation>
    </message>
</context>
<context>
    <name>spool::ConditionRuleEditor</name>
    <message>
        <source>No rules: every input goes on to the next tasks.</source>
        <translation>Keine Regeln: Jede Eingabe geht an die nächsten Aufgaben weiter.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>The next tasks run only when every rule holds for the input.</source>
        <translation>Die nächsten Aufgaben laufen nur, wenn jede Regel auf die Eingabe zutrifft.</translation>
    </message>
    <message>
        <source>Rule %1 already checks %2 %3; change the property or the operator of this one.</source>
        <translation>Regel %1 prüft bereits %2 %3; ändern Sie die Eigenschaft oder den Operator dieser Regel.</translation>
    </message>
</context>
<context>
    <name>spool::ConditionRuleRow</name>
    <message>
        <source>A property of the input file</source>
        <translation>Eine Eigenschaft der Eingabedatei</translation>
    </message>
    <message>
        <source>How the property is compared with the value</source>
        <translation>Wie die Eigenschaft mit dem Wert verglichen wird</translation>
    </message>
    <message>
        <source>The value to compare with</source>
        <translation>Der Vergleichswert</translation>
    </message>
    <message>
        <source>The value to compare with; for &quot;in&quot;, values separated by commas</source>
        <translation>Der Vergleichswert; bei „in“ mehrere Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Diese Regel löschen</translation>
    </message>
    <message>
        <source>(no property)</source>
        <translation>(keine Eigenschaft)</translation>
    </message>
    <message>
        <source>%1 (as written)</source>
        <translation>%1 (wie geschrieben)</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(kein Operator)</translation>
    </message>
    <message>
        <source>A wildcard match from the legacy form, kept as written until you change this rule.</source>
        <translation>Ein Platzhaltervergleich aus der alten Schreibweise; er bleibt unverändert, bis Sie diese Regel ändern.</translation>
    </message>
    <message>
        <source>Not a property, an operator and a value; kept as written until you change this rule.</source>
        <translation>Nicht aus Eigenschaft, Operator und Wert aufgebaut; bleibt unverändert, bis Sie diese Regel ändern.</translation>
    </message>
    <message>
        <source>The value is shown as JSON because no field fits it; it is kept as written until you change it.</source>
        <translation>Der Wert wird als JSON angezeigt, weil kein Feld zu ihm passt; er bleibt unverändert, bis Sie ihn ändern.</translation>
    </message>
    <message>
        <source>List at least one value, separated by commas</source>
        <translation>Geben Sie mindestens einen Wert an, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>spool::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: %2 (at %3)</source>
        <translation>%1: %2 (bei %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not written, as it could not be opened again: task %1 of its chain is %2</source>
        <translation>Nicht geschrieben, da die Datei sich nicht wieder öffnen ließe: Aufgabe %1 ihrer Kette ist %2</translation>
    </message>
</context>
<context>
    <name>spool::DocumentController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Sollen sie zuerst gespeichert werden?</translation>
    </message>
    <message>
        <source>Open Workflow</source>
        <translation>Workflow öffnen</translation>
    </message>
    <message>
        <source>Workflows (*.spool *.json);;Spool workflows (*.spool);;Run requests (*.json)</source>
        <translation>Workflows (*.spool *.json);;Spool-Workflows (*.spool);;Laufanfragen (*.json)</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Workflow</source>
        <translation>Workflow speichern</translation>
    </message>
    <message>
        <source>Spool workflows (*.spool)</source>
        <translation>Spool-Workflows (*.spool)</translation>
    </message>
    <message>
        <source>Import Run Request</source>
        <translation>Laufanfrage importieren</translation>
    </message>
    <message>
        <source>Run requests (*.json)</source>
        <translation>Laufanfragen (*.json)</translation>
    </message>
    <message>
        <source>Export Run Request</source>
        <translation>Laufanfrage exportieren</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
    <message>
        <source>Exported the run request to %1</source>
        <translation>Laufanfrage nach %1 exportiert</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>an untitled workflow</source>
        <translation>einem unbenannten Workflow</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Spool did not close properly. Unsaved changes to %1 from %2 were kept. Recover them?</source>
        <translation>Spool wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 vom %2 wurden aufbewahrt. Sollen sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (imported)</source>
        <translation>„%1“ (importiert)</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Ask Me &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <source>The JSON you typed is not valid, so it is not part of the workflow; it stays in its field, marked, until you fix it.</source>
        <translation>Das eingegebene JSON ist nicht gültig und daher nicht Teil des Workflows; es bleibt markiert in seinem Feld, bis Sie es korrigieren.</translation>
    </message>
    <message>
        <source>%1 without it?</source>
        <translation>%1, ohne es zu übernehmen?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export Invalid Run Request?</source>
        <translation>Ungültige Laufanfrage exportieren?</translation>
    </message>
    <message numerus="yes">
        <source>The run request has %n problem(s), listed under Issues; a runner will refuse it. Export it anyway?</source>
        <translation>
            <numerusform>Die Laufanfrage hat %n Problem, aufgeführt unter Probleme; ein Ausführer wird sie ablehnen. Trotzdem exportieren?</numerusform>
            <numerusform>Die Laufanfrage hat %n Probleme, aufgeführt unter Probleme; ein Ausführer wird sie ablehnen. Trotzdem exportieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the example “%1”; Save asks where to keep it</source>
        <translation>Beispiel „%1“ geöffnet; Speichern fragt, wo es abgelegt werden soll</translation>
    </message>
    <message>
        <source>the example “%1”</source>
        <translation>das Beispiel „%1“</translation>
    </message>
</context>
<context>
    <name>spool::EditorController</name>
    <message>
        <source>A %1 task cannot follow a %2 task.</source>
        <translation>Eine %1-Aufgabe kann nicht auf eine %2-Aufgabe folgen.</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe ausschneiden</numerusform>
            <numerusform>%n Aufgaben ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe einfügen</numerusform>
            <numerusform>%n Aufgaben einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no tasks Spool can paste: %1</source>
        <translation>Die Zwischenablage enthält keine Aufgaben, die Spool einfügen kann: %1</translation>
    </message>
    <message>
        <source>Tidy layout</source>
        <translation>Layout aufräumen</translation>
    </message>
    <message>
        <source>Drag a task from the palette, double-click to search for one, or drop media files here.</source>
        <translation>Ziehen Sie eine Aufgabe aus der Palette hierher, doppelklicken Sie, um eine zu suchen, oder legen Sie Mediendateien hier ab.</translation>
    </message>
    <message>
        <source>Workflows open one at a time: drop a single .spool or .json file, or use File ▸ Open.</source>
        <translation>Workflows werden einzeln geöffnet: Legen Sie eine einzelne .spool- oder .json-Datei ab oder verwenden Sie Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <source>The clipboard holds no tasks.</source>
        <translation>Die Zwischenablage enthält keine Aufgaben.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s) with children</source>
        <translation>
            <numerusform>%n Aufgabe mit Nachfolgern löschen</numerusform>
            <numerusform>%n Aufgaben mit Nachfolgern löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n task(s) that followed the deleted one as top-level tasks: they now run on the run&apos;s single root ingest.</source>
        <translation>
            <numerusform>%n Aufgabe, die der gelöschten folgte, als Aufgabe der obersten Ebene behalten: sie läuft jetzt auf der einzigen Wurzel-ingest-Aufgabe des Laufs.</numerusform>
            <numerusform>%n Aufgaben, die der gelöschten folgten, als Aufgaben der obersten Ebene behalten: sie laufen jetzt auf der einzigen Wurzel-ingest-Aufgabe des Laufs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n task(s) that followed the deleted one: they now follow its parent.</source>
        <translation>
            <numerusform>%n Aufgabe, die der gelöschten folgte, behalten: sie folgt jetzt deren Vorgänger.</numerusform>
            <numerusform>%n Aufgaben, die der gelöschten folgten, behalten: sie folgen jetzt deren Vorgänger.</numerusform>
        </translation>
    </message>
    <message>
        <source>No task matches “%1”.</source>
        <translation>Keine Aufgabe passt zu „%1“.</translation>
    </message>
    <message>
        <source>Find a task by name, kind or option value…</source>
        <translation>Aufgabe nach Name, Typ oder Optionswert suchen…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is no run request Spool can import: %2</source>
        <translation>%1 ist keine Laufanfrage, die Spool importieren kann: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe importieren</numerusform>
            <numerusform>%n Aufgaben importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Tasks of a Run Request</source>
        <translation>Aufgaben einer Laufanfrage importieren</translation>
    </message>
    <message>
        <source>Run requests (*.json)</source>
        <translation>Laufanfragen (*.json)</translation>
    </message>
</context>
<context>
    <name>spool::GraphModel</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>Die Aufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A task cannot follow itself.</source>
        <translation>Eine Aufgabe kann nicht auf sich selbst folgen.</translation>
    </message>
    <message>
        <source>An ingest task starts a run; nothing can lead into it.</source>
        <translation>Eine ingest-Aufgabe beginnt einen Lauf; keine Verbindung kann zu ihr hinführen.</translation>
    </message>
    <message>
        <source>%1 already follows %2; a task has one parent at most. Delete that connection first.</source>
        <translation>%1 folgt bereits auf %2; eine Aufgabe hat höchstens einen Vorgänger. Löschen Sie zuerst diese Verbindung.</translation>
    </message>
    <message>
        <source>That would make a cycle: %1 comes before %2 already.</source>
        <translation>Das ergäbe einen Zyklus: %1 kommt bereits vor %2.</translation>
    </message>
    <message>
        <source>A %1 task cannot follow a %2 task: it does not get the input it needs.</source>
        <translation>Eine %1-Aufgabe kann nicht auf eine %2-Aufgabe folgen, weil sie von dort nicht die Eingabe bekommt, die sie braucht.</translation>
    </message>
</context>
<context>
    <name>spool::InspectorWidget</name>
    <message>
        <source>Select a task to edit its options</source>
        <translation>Wählen Sie eine Aufgabe aus, um ihre Optionen zu bearbeiten</translation>
    </message>
    <message>
        <source>Select a single task to edit its options</source>
        <translation>Wählen Sie eine einzelne Aufgabe aus, um ihre Optionen zu bearbeiten</translation>
    </message>
    <message>
        <source>Runs on the hosted service only; the embedded engine refuses it</source>
        <translation>Läuft nur auf dem gehosteten Dienst; die eingebettete Engine lehnt sie ab</translation>
    </message>
    <message>
        <source>Spool does not know this kind; its options are shown as JSON so that nothing is lost</source>
        <translation>Spool kennt diesen Aufgabentyp nicht; seine Optionen werden als JSON angezeigt, damit nichts verloren geht</translation>
    </message>
    <message>
        <source>This kind has no options.</source>
        <translation>Dieser Aufgabentyp hat keine Optionen.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n Aufgabe ausgewählt</numerusform>
            <numerusform>%n Aufgaben ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Run request</source>
        <translation>Laufanfrage</translation>
    </message>
    <message>
        <source>Select a task to edit its options. These fields belong to the whole run.</source>
        <translation>Wählen Sie eine Aufgabe aus, um ihre Optionen zu bearbeiten. Diese Felder gehören zum ganzen Lauf.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>A second submission with the same key returns the first run instead of starting another.</source>
        <translation>Eine zweite Übermittlung mit demselben Schlüssel gibt den ersten Lauf zurück, statt einen weiteren zu starten.</translation>
    </message>
    <message>
        <source>Any JSON object, echoed back with the run; applied when you leave the field or press Ctrl+Enter.</source>
        <translation>Ein beliebiges JSON-Objekt, das mit dem Lauf zurückgegeben wird; es wird übernommen, wenn Sie das Feld verlassen oder Strg+Eingabe drücken.</translation>
    </message>
    <message>
        <source>Any JSON object, echoed back with the task; applied when you leave the field or press Ctrl+Enter.</source>
        <translation>Ein beliebiges JSON-Objekt, das mit der Aufgabe zurückgegeben wird; es wird übernommen, wenn Sie das Feld verlassen oder Strg+Eingabe drücken.</translation>
    </message>
</context>
<context>
    <name>spool::IssuesWidget</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>No problems: the run request is valid.</source>
        <translation>Keine Probleme: Die Laufanfrage ist gültig.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Nothing to check yet: add a task to begin.</source>
        <translation>Noch nichts zu prüfen: Fügen Sie eine Aufgabe hinzu, um zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the run request is not valid.</source>
        <translation>
            <numerusform>%n Fehler: Die Laufanfrage ist nicht gültig.</numerusform>
            <numerusform>%n Fehler: Die Laufanfrage ist nicht gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the run request is valid, but the embedded engine cannot run all of it.</source>
        <translation>
            <numerusform>%n Warnung: Die Laufanfrage ist gültig, aber die eingebettete Engine kann nicht alles davon ausführen.</numerusform>
            <numerusform>%n Warnungen: Die Laufanfrage ist gültig, aber die eingebettete Engine kann nicht alles davon ausführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>As in &quot;2 errors, 1 warning&quot;: %1 counts errors, %2 warnings.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::JsonOptionsEditor</name>
    <message>
        <source>Options as a JSON object; applied when you leave the field or press Ctrl+Enter.</source>
        <translation>Optionen als JSON-Objekt; sie werden übernommen, wenn Sie das Feld verlassen oder Strg+Eingabe drücken.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The options must be a JSON object, such as {&quot;format&quot;: &quot;mp4&quot;}.</source>
        <translation>Die Optionen müssen ein JSON-Objekt sein, etwa {&quot;format&quot;: &quot;mp4&quot;}.</translation>
    </message>
</context>
<context>
    <name>spool::KindSpec</name>
    <message>
        <source>Width in pixels, or a percentage of the input such as &quot;50%&quot;</source>
        <translation>Breite in Pixeln oder als Anteil der Eingabe, etwa &quot;50%&quot;</translation>
    </message>
    <message>
        <source>Height in pixels, or a percentage of the input such as &quot;50%&quot;</source>
        <translation>Höhe in Pixeln oder als Anteil der Eingabe, etwa &quot;50%&quot;</translation>
    </message>
    <message>
        <source>How the picture fills width × height when both are given</source>
        <translation>Wie das Bild Breite × Höhe ausfüllt, wenn beide angegeben sind</translation>
    </message>
    <message>
        <source>Which part stays in view when cropping or padding</source>
        <translation>Welcher Teil beim Zuschneiden oder Auffüllen sichtbar bleibt</translation>
    </message>
    <message>
        <source>Padding colour for fit &quot;contain&quot;, as #RRGGBB</source>
        <translation>Füllfarbe für fit &quot;contain&quot;, als #RRGGBB</translation>
    </message>
    <message>
        <source>Encoder quality level</source>
        <translation>Qualitätsstufe des Encoders</translation>
    </message>
    <message>
        <source>Start of the trim, in seconds</source>
        <translation>Beginn des Ausschnitts in Sekunden</translation>
    </message>
    <message>
        <source>End of the trim, in seconds</source>
        <translation>Ende des Ausschnitts in Sekunden</translation>
    </message>
    <message>
        <source>Frame rate, 1 to 60 frames a second</source>
        <translation>Bildrate, 1 bis 60 Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Video codec; it must fit the container (default: the container&apos;s own)</source>
        <translation>Videocodec; er muss zum Container passen (Standard: der des Containers)</translation>
    </message>
    <message>
        <source>Track format: WebVTT or SubRip</source>
        <translation>Spurformat: WebVTT oder SubRip</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Fetches a file and probes its properties</source>
        <translation>Lädt eine Datei und ermittelt ihre Eigenschaften</translation>
    </message>
    <message>
        <source>Where the file is: https://, http://, file:// or a local path</source>
        <translation>Ort der Datei: https://, http://, file:// oder ein lokaler Pfad</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Transcodes to a new video</source>
        <translation>Transkodiert in ein neues Video</translation>
    </message>
    <message>
        <source>Container format</source>
        <translation>Containerformat</translation>
    </message>
    <message>
        <source>Video bitrate in bits per second</source>
        <translation>Videobitrate in Bit pro Sekunde</translation>
    </message>
    <message>
        <source>Makes an image from a video frame or an image</source>
        <translation>Erstellt ein Bild aus einem Videoframe oder einem Bild</translation>
    </message>
    <message>
        <source>Time of the frame in a video, in seconds (default: a representative frame)</source>
        <translation>Zeitpunkt des Frames im Video in Sekunden (Standard: ein repräsentativer Frame)</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <source>Extracts or transcodes the sound</source>
        <translation>Extrahiert oder transkodiert den Ton</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Audioformat</translation>
    </message>
    <message>
        <source>Audio bitrate in bits per second</source>
        <translation>Audiobitrate in Bit pro Sekunde</translation>
    </message>
    <message>
        <source>A sprite sheet of frames and a WebVTT track pointing into it</source>
        <translation>Ein Sprite-Sheet aus Frames und eine WebVTT-Spur, die darauf verweist</translation>
    </message>
    <message>
        <source>How many frames, spread evenly</source>
        <translation>Anzahl der Frames, gleichmäßig verteilt</translation>
    </message>
    <message>
        <source>Seconds between frames, instead of a count</source>
        <translation>Sekunden zwischen den Frames, statt einer Anzahl</translation>
    </message>
    <message>
        <source>Sprite-sheet image format</source>
        <translation>Bildformat des Sprite-Sheets</translation>
    </message>
    <message>
        <source>HLS: a master playlist and its renditions</source>
        <translation>HLS: eine Master-Playlist und ihre Varianten</translation>
    </message>
    <message>
        <source>Streaming format</source>
        <translation>Streamingformat</translation>
    </message>
    <message>
        <source>Bitrate of the top rendition, in bits per second</source>
        <translation>Bitrate der höchsten Variante in Bit pro Sekunde</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Subtitles from the speech</source>
        <translation>Untertitel aus dem Gesprochenen</translation>
    </message>
    <message>
        <source>Titled chapters from the topics of the speech</source>
        <translation>Kapitel mit Titeln nach den Themen des Gesprochenen</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Transcribes the speech, offline</source>
        <translation>Transkribiert das Gesprochene, offline</translation>
    </message>
    <message>
        <source>A timeline of titled sections</source>
        <translation>Eine Zeitleiste aus Abschnitten mit Titeln</translation>
    </message>
    <message>
        <source>A title, a short description and tags</source>
        <translation>Ein Titel, eine kurze Beschreibung und Schlagwörter</translation>
    </message>
    <message>
        <source>Logic</source>
        <translation>Logik</translation>
    </message>
    <message>
        <source>Goes on only when the file&apos;s properties match</source>
        <translation>Fährt nur fort, wenn die Eigenschaften der Datei zutreffen</translation>
    </message>
    <message>
        <source>Hosted only</source>
        <translation>Nur gehostet</translation>
    </message>
    <message>
        <source>Detects explicit content (hosted service only)</source>
        <translation>Erkennt anstößige Inhalte (nur im gehosteten Dienst)</translation>
    </message>
    <message>
        <source>Copies the file to storage (hosted service only)</source>
        <translation>Kopiert die Datei in den Speicher (nur im gehosteten Dienst)</translation>
    </message>
</context>
<context>
    <name>spool::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Spool</source>
        <translation>&amp;Über Spool</translation>
    </message>
    <message>
        <source>About Spool</source>
        <translation>Über Spool</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Spool %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A studio for media-processing workflows.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Spool %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Studio für Workflows zur Medienverarbeitung.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Run Request JSON</source>
        <translation>Laufanfrage als JSON</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsschritte</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Run Request…</source>
        <translation>Laufanfrage e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles au&amp;swählen</translation>
    </message>
    <message>
        <source>&amp;Tidy Layout</source>
        <translation>Layout a&amp;ufräumen</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>In Fenster &amp;einpassen</translation>
    </message>
    <message>
        <source>%1[*] — Spool</source>
        <translation>%1[*] — Spool</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>Aufgabe &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Import Tasks…</source>
        <translation>Aufgaben i&amp;mportieren…</translation>
    </message>
    <message>
        <source>&amp;Rename Task</source>
        <translation>Aufgabe &amp;umbenennen</translation>
    </message>
    <message>
        <source>Disconnect from &amp;Parent</source>
        <translation>Vom &amp;Vorgänger trennen</translation>
    </message>
    <message>
        <source>&amp;Find Task…</source>
        <translation>Aufgabe &amp;suchen…</translation>
    </message>
    <message>
        <source>De&amp;lete and Keep Children</source>
        <translation>&amp;Löschen und Nachfolger behalten</translation>
    </message>
    <message>
        <source>Deletes the selected tasks; the tasks after one follow its parent instead, or become top-level tasks, which run on the run&apos;s single root ingest.</source>
        <translation>Löscht die ausgewählten Aufgaben; die Aufgaben danach folgen stattdessen deren Vorgänger oder werden zu Aufgaben der obersten Ebene, die auf der einzigen Wurzel-ingest-Aufgabe des Laufs laufen.</translation>
    </message>
    <message>
        <source>Delete &amp;with Children</source>
        <translation>Mit Nachfolgern lösc&amp;hen</translation>
    </message>
    <message>
        <source>Deletes the selected tasks and every task after them.</source>
        <translation>Löscht die ausgewählten Aufgaben und jede Aufgabe danach.</translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
</context>
<context>
    <name>spool::NodeItem</name>
    <message>
        <source>hosted only</source>
        <translation>nur gehostet</translation>
    </message>
</context>
<context>
    <name>spool::OptionField</name>
    <message>
        <source>Browse…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose a local file</source>
        <translation>Eine lokale Datei wählen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Remove the option so the engine default applies</source>
        <translation>Die Option entfernen, damit der Standardwert der Engine gilt</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Pixels, or a percentage of the input&apos;s size</source>
        <translation>Pixel oder ein Prozentsatz der Größe der Eingabe</translation>
    </message>
    <message>
        <source>%1 (not a choice)</source>
        <translation>%1 (nicht zur Auswahl)</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 liegt außerhalb des Bereichs %2 bis %3</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not one of the choices</source>
        <translation>%1 gehört nicht zu den Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>%1 is not a colour written #RRGGBB</source>
        <translation>%1 ist keine als #RRGGBB geschriebene Farbe</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Choose the %1 colour</source>
        <translation>Farbe für %1 wählen</translation>
    </message>
    <message>
        <source>A colour written #RRGGBB</source>
        <translation>Eine Farbe in der Schreibweise #RRGGBB</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is neither a size in pixels (1 to %2) nor a percentage (above 0% and at most %3%)</source>
        <translation>%1 ist weder eine Größe in Pixeln (1 bis %2) noch ein Prozentsatz (über 0 % und höchstens %3 %)</translation>
    </message>
</context>
<context>
    <name>spool::PaletteWidget</name>
    <message>
        <source>Search tasks…</source>
        <translation>Aufgaben suchen…</translation>
    </message>
    <message>
        <source>Runs on the hosted service only; the embedded engine rejects it.</source>
        <translation>Läuft nur auf dem gehosteten Dienst; die eingebettete Engine lehnt sie ab.</translation>
    </message>
    <message>
        <source>Hosted service only</source>
        <translation>Nur gehosteter Dienst</translation>
    </message>
    <message>
        <source>These tasks run on the hosted service only; the embedded engine rejects them.</source>
        <translation>Diese Aufgaben laufen nur auf dem gehosteten Dienst; die eingebettete Engine lehnt sie ab.</translation>
    </message>
    <message>
        <source>No task matches “%1”.</source>
        <translation>Keine Aufgabe passt zu „%1“.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>spool::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message numerus="yes">
        <source>Automatic (%n core(s))</source>
        <translation>
            <numerusform>Automatisch (%n Kern)</numerusform>
            <numerusform>Automatisch (%n Kerne)</numerusform>
        </translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsordner:</translation>
    </message>
    <message>
        <source>Worker &amp;threads:</source>
        <translation>Worker-&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Spool starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Spool.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Automatisch speichern a&amp;lle:</translation>
    </message>
</context>
<context>
    <name>spool::ProgressDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>spool::QuickAddPopup</name>
    <message>
        <source>Add a task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>No task matches “%1”.</source>
        <translation>Keine Aufgabe passt zu „%1“.</translation>
    </message>
    <message>
        <source>No task matches “%1”. Did you mean %2?</source>
        <translation>Keine Aufgabe passt zu „%1“. Meinten Sie %2?</translation>
    </message>
</context>
<context>
    <name>spool::RecoveryStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>spool::RunBanner</name>
    <message>
        <source>A run is live: the workflow is read-only until it ends.</source>
        <translation>Ein Lauf ist aktiv: Der Workflow ist schreibgeschützt, bis er endet.</translation>
    </message>
    <message>
        <source>Edit a Copy</source>
        <translation>Kopie bearbeiten</translation>
    </message>
    <message>
        <source>Make an editable, untitled copy of this workflow; the run goes on in the Run dock.</source>
        <translation>Eine bearbeitbare, unbenannte Kopie dieses Workflows anlegen; der Lauf geht im Dock Lauf weiter.</translation>
    </message>
</context>
<context>
    <name>spool::RunController</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the workflow on the embedded engine (F5)</source>
        <translation>Den Workflow in der eingebetteten Engine ausführen (F5)</translation>
    </message>
    <message>
        <source>Run with &amp;File…</source>
        <translation>Mit &amp;Datei ausführen…</translation>
    </message>
    <message>
        <source>Run the workflow on a file of your choice, in place of the ingest&apos;s url</source>
        <translation>Den Workflow auf einer Datei Ihrer Wahl ausführen, anstelle der url der ingest-Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Cancel the running workflow (Shift+F5)</source>
        <translation>Den laufenden Workflow abbrechen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Start the last run&apos;s request again, with the same input</source>
        <translation>Die Laufanfrage des letzten Laufs mit derselben Eingabe erneut starten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>A run is live already; stop it first.</source>
        <translation>Ein Lauf ist bereits aktiv; halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>There is nothing to run: add an ingest task first.</source>
        <translation>Es gibt nichts auszuführen: Fügen Sie zuerst eine ingest-Aufgabe hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>The workflow has %n problem(s); fix them before running (see Issues).</source>
        <translation>
            <numerusform>Der Workflow hat %n Problem; beheben Sie es vor dem Ausführen (siehe Probleme).</numerusform>
            <numerusform>Der Workflow hat %n Probleme; beheben Sie sie vor dem Ausführen (siehe Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run with File</source>
        <translation>Mit Datei ausführen</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>Der Lauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Started run %1.</source>
        <translation>Lauf %1 gestartet.</translation>
    </message>
    <message>
        <source>Could not stop the run: %1</source>
        <translation>Der Lauf konnte nicht angehalten werden: %1</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>Lauf %1: %2.</translation>
    </message>
    <message>
        <source>The workflow is read-only while it runs; use Edit a Copy to change it.</source>
        <translation>Der Workflow ist schreibgeschützt, solange er läuft; ändern Sie ihn über „Kopie bearbeiten“.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Editing a copy; the run goes on in the Run dock.</source>
        <translation>Sie bearbeiten eine Kopie; der Lauf geht im Dock Lauf weiter.</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Probe the ingest&apos;s file and show which branches its conditions would take, running nothing (Alt+F5)</source>
        <translation>Die Datei der ingest-Aufgabe untersuchen und zeigen, welche Zweige ihre Bedingungen nehmen würden, ohne etwas auszuführen (Alt+F5)</translation>
    </message>
    <message>
        <source>Dry Run with a &amp;Sample…</source>
        <translation>Probelauf mit &amp;Beispieldatei…</translation>
    </message>
    <message>
        <source>Probe a file of your choice and show which branches the conditions would take for it, running nothing</source>
        <translation>Eine Datei Ihrer Wahl untersuchen und zeigen, welche Zweige die Bedingungen für sie nehmen würden, ohne etwas auszuführen</translation>
    </message>
    <message>
        <source>Run the branches under the failed or cancelled tasks of the last run again, and take over what succeeded (Ctrl+F5)</source>
        <translation>Die Zweige unter den fehlgeschlagenen oder abgebrochenen Aufgaben des letzten Laufs erneut ausführen und übernehmen, was gelungen ist (Strg+F5)</translation>
    </message>
    <message>
        <source>The last run has no failed or cancelled task to retry.</source>
        <translation>Der letzte Lauf hat keine fehlgeschlagene oder abgebrochene Aufgabe, die sich wiederholen ließe.</translation>
    </message>
    <message>
        <source>A run is live; a dry run waits until it ends.</source>
        <translation>Ein Lauf ist aktiv; ein Probelauf wartet, bis er endet.</translation>
    </message>
    <message>
        <source>The dry run could not probe a sample: %1</source>
        <translation>Der Probelauf konnte keine Beispieldatei untersuchen: %1</translation>
    </message>
    <message>
        <source>Dry run on %1: %2 condition(s) hold, %3 do not, %4 decided only by a run. Nothing was run.</source>
        <translation>Probelauf mit %1: %2 Bedingung(en) erfüllt, %3 nicht, %4 entscheidet erst ein Lauf. Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Dry Run with a Sample</source>
        <translation>Probelauf mit Beispieldatei</translation>
    </message>
    <message>
        <source>Started run %1, retrying what failed in run %2.</source>
        <translation>Lauf %1 gestartet; er wiederholt, was in Lauf %2 nicht gelang.</translation>
    </message>
</context>
<context>
    <name>spool::RunDock</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Copy Run ID</source>
        <translation>Lauf-ID kopieren</translation>
    </message>
    <message>
        <source>Open Run Folder</source>
        <translation>Ordner des Laufs öffnen</translation>
    </message>
    <message>
        <source>Select a task to see its log.</source>
        <translation>Wählen Sie eine Aufgabe, um ihr Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Copied the run id %1.</source>
        <translation>Lauf-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>The run has no folder yet.</source>
        <translation>Der Lauf hat noch keinen Ordner.</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Kein Programm konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>spool::RunHeader</name>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Kein Lauf</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Dauer bisher: %1</translation>
    </message>
</context>
<context>
    <name>spool::RunNotifier</name>
    <message>
        <source>Run succeeded</source>
        <translation>Lauf erfolgreich</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Lauf abgebrochen</translation>
    </message>
    <message>
        <source>Run ended</source>
        <translation>Lauf beendet</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3 tasks failed.</source>
        <translation>Lauf %1: %2 von %3 Aufgaben fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run %1 ended %2 after %3 tasks.</source>
        <translation>Lauf %1 endete %2 nach %3 Aufgaben.</translation>
    </message>
</context>
<context>
    <name>spool::RunOverlay</name>
    <message>
        <source>reused</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>Reused the outputs of task %1 of run %2, where the same node ran with the same options and input.</source>
        <translation>Die Ausgaben der Aufgabe %1 aus Lauf %2 übernommen, wo derselbe Knoten mit denselben Optionen und derselben Eingabe lief.</translation>
    </message>
    <message>
        <source>conditions hold</source>
        <translation>Bedingungen erfüllt</translation>
    </message>
    <message>
        <source>conditions not met</source>
        <translation>Bedingungen nicht erfüllt</translation>
    </message>
    <message>
        <source>would run</source>
        <translation>würde laufen</translation>
    </message>
    <message>
        <source>decided when run</source>
        <translation>entscheidet der Lauf</translation>
    </message>
    <message>
        <source>A conditions task above it tests a file only a run makes.</source>
        <translation>Eine conditions-Aufgabe darüber prüft eine Datei, die erst ein Lauf erzeugt.</translation>
    </message>
    <message>
        <source>Its input is the output of the %1 task, which only a run makes.</source>
        <translation>Ihre Eingabe ist die Ausgabe der %1-Aufgabe, die erst ein Lauf erzeugt.</translation>
    </message>
    <message>
        <source>would be taken</source>
        <translation>würde genommen</translation>
    </message>
    <message>
        <source>The conditions above do not hold for the sample:</source>
        <translation>Die Bedingungen darüber gelten für die Beispieldatei nicht:</translation>
    </message>
</context>
<context>
    <name>spool::RunStrip</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not taken: the conditions before this branch did not hold, so its tasks were never made.</source>
        <translation>Nicht genommen: Die Bedingungen vor diesem Zweig trafen nicht zu, daher wurden seine Aufgaben nie angelegt.</translation>
    </message>
    <message>
        <source>Dry run: not taken, for the conditions before this branch do not hold for the sample.</source>
        <translation>Probelauf: nicht genommen, denn die Bedingungen vor diesem Zweig gelten für die Beispieldatei nicht.</translation>
    </message>
</context>
<context>
    <name>spool::RunTaskModel</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>spool::RunTimeline</name>
    <message>
        <source>Seconds since the run was created</source>
        <translation>Sekunden seit dem Anlegen des Laufs</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>Gewartet: %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Gedauert: %1</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1 % erledigt</translation>
    </message>
</context>
<context>
    <name>spool::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>spool::SpoolFile</name>
    <message>
        <source>the layout has no position [x, y] for the task at %1</source>
        <translation>das Layout hat keine Position [x, y] für die Aufgabe bei %1</translation>
    </message>
    <message>
        <source>this is not a Spool workflow: it has no format version</source>
        <translation>dies ist kein Spool-Workflow: Die Formatversion fehlt</translation>
    </message>
    <message>
        <source>the file is in workflow format %1, and this version of Spool reads formats up to %2: open it with a newer Spool</source>
        <translation>die Datei hat das Workflow-Format %1, diese Version von Spool liest aber nur Formate bis %2: Öffnen Sie sie mit einer neueren Version von Spool</translation>
    </message>
    <message>
        <source>%1 (at /request%2)</source>
        <translation>%1 (bei /request%2)</translation>
    </message>
    <message>
        <source>/layout/nodes/%1 is not a position [x, y]</source>
        <translation>/layout/nodes/%1 ist keine Position [x, y]</translation>
    </message>
</context>
<context>
    <name>spool::StatusStyle</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>wird abgeschlossen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>nicht genommen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>spool::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Export Timeline…</source>
        <translation>Zeitleiste exportieren…</translation>
    </message>
    <message>
        <source>Write the timeline as a PNG image or a PDF document.</source>
        <translation>Die Zeitleiste als PNG-Bild oder PDF-Dokument schreiben.</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the timeline to %1.</source>
        <translation>Zeitleiste nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the timeline to %1: use a .png or .pdf name in a folder you may write to.</source>
        <translation>Die Zeitleiste konnte nicht nach %1 geschrieben werden: Verwenden Sie einen Namen auf .png oder .pdf in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>spool::UnknownOptionList</name>
    <message>
        <source>Options this kind does not know</source>
        <translation>Optionen, die dieser Aufgabentyp nicht kennt</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the option &quot;%1&quot; from the task</source>
        <translation>Die Option „%1“ aus der Aufgabe entfernen</translation>
    </message>
</context>
<context>
    <name>spool::ValidationController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>The run request as a whole, as in &quot;Request › metadata&quot;.</extracomment>
        <translation>Laufanfrage</translation>
    </message>
</context>
<context>
    <name>spool::Validator</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a run request must be a JSON object</source>
        <translation>eine Laufanfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be between 1 and %1 characters long</source>
        <translation>muss zwischen 1 und %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a run request%2</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in einer Laufanfrage%2</translation>
    </message>
    <message>
        <source>a run request needs a tasks array</source>
        <translation>eine Laufanfrage braucht ein tasks-Array</translation>
    </message>
    <message>
        <source>must be an array of tasks</source>
        <translation>muss ein Array von Aufgaben sein</translation>
    </message>
    <message>
        <source>must hold at least one task</source>
        <translation>muss mindestens eine Aufgabe enthalten</translation>
    </message>
    <message>
        <source>a task must be a JSON object</source>
        <translation>eine Aufgabe muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>every task needs a kind; use one of %1</source>
        <translation>jede Aufgabe braucht einen Aufgabentyp; verwenden Sie einen von %1</translation>
    </message>
    <message>
        <source>the task kind must be a string, not %1</source>
        <translation>der Aufgabentyp muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown task kind &quot;%1&quot;%2; the kinds are %3</source>
        <translation>unbekannter Aufgabentyp &quot;%1&quot;%2; die Aufgabentypen sind %3</translation>
    </message>
    <message>
        <source>options must be a JSON object</source>
        <translation>options muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>metadata must be a JSON object</source>
        <translation>metadata muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a task%2: POST /runs rejects it, though Spool keeps it when importing</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in einer Aufgabe%2: POST /runs lehnt ihn ab, Spool behält ihn aber beim Importieren</translation>
    </message>
    <message>
        <source>an ingest task starts a run, so it belongs at the top level, not under another task (here: %1)</source>
        <translation>eine ingest-Aufgabe beginnt einen Lauf und gehört daher auf die oberste Ebene, nicht unter eine andere Aufgabe (hier: %1)</translation>
    </message>
    <message>
        <source>a %1 task cannot follow a %2 task: it does not get the input it needs</source>
        <translation>eine %1-Aufgabe kann nicht auf eine %2-Aufgabe folgen, weil sie von dort nicht die Eingabe bekommt, die sie braucht</translation>
    </message>
    <message>
        <source>%1 is a hosted-only kind: the embedded engine cannot run it; submit the run to a remote endpoint instead</source>
        <translation>%1 läuft nur auf dem gehosteten Dienst: Die eingebettete Engine kann diesen Aufgabentyp nicht ausführen; senden Sie den Lauf stattdessen an einen entfernten Endpunkt</translation>
    </message>
    <message>
        <source>the embedded engine cannot run %1 tasks yet</source>
        <translation>die eingebettete Engine kann %1-Aufgaben noch nicht ausführen</translation>
    </message>
    <message>
        <source>next must be an array of tasks</source>
        <translation>next muss ein Array von Aufgaben sein</translation>
    </message>
    <message>
        <source>task</source>
        <extracomment>Stands for the kind of a parent task that names none, as in &quot;(here: %1)&quot;.</extracomment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>%1 tasks take no options</source>
        <translation>%1-Aufgaben haben keine Optionen</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2%3; its options are %4</source>
        <translation>unbekannte Option &quot;%1&quot; für %2%3; die Optionen von %2 sind %4</translation>
    </message>
    <message>
        <source>%1 tasks need the option &quot;%2&quot;: %3</source>
        <translation>%1-Aufgaben brauchen die Option &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>end (%1 s) must be after start (%2 s)</source>
        <translation>end (%1 s) muss nach start (%2 s) liegen</translation>
    </message>
    <message>
        <source>%1 does not fit in %2; %2 holds %3</source>
        <translation>%1 passt nicht in %2; %2 nimmt %3 auf</translation>
    </message>
    <message>
        <source>give either count or interval, not both</source>
        <translation>geben Sie entweder count oder interval an, nicht beides</translation>
    </message>
    <message>
        <source>must be at least %1 pixels (got %2)</source>
        <translation>muss mindestens %1 Pixel sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>must be at least %1 (got %2)</source>
        <translation>muss mindestens %1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 pixels (got %3)</source>
        <translation>muss zwischen %1 und %2 Pixel liegen (erhalten: %3)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>muss zwischen %1 und %2 liegen (erhalten: %3)</translation>
    </message>
    <message>
        <source>must be a whole number (got %1)</source>
        <translation>muss eine ganze Zahl sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be a number (got %1)</source>
        <translation>muss eine Zahl sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be a string (got %1)</source>
        <translation>muss eine Zeichenkette sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be one of %1 (got %2)%3</source>
        <translation>muss einer der Werte %1 sein (erhalten: %2)%3</translation>
    </message>
    <message>
        <source>a percentage must be above 0% and at most %1% (got %2)</source>
        <translation>ein Prozentwert muss über 0% und höchstens %1% sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>must be a positive integer or a percentage</source>
        <translation>muss eine positive ganze Zahl oder ein Prozentwert sein</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB (got %1)</source>
        <translation>muss eine Farbe in der Form #RRGGBB sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be a string: a URL or a local path (got %1)</source>
        <translation>muss eine Zeichenkette sein: eine URL oder ein lokaler Pfad (erhalten: %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the scheme &quot;%1:&quot; is not supported; use https://, http://, file:// or a local path</source>
        <translation>das Schema &quot;%1:&quot; wird nicht unterstützt; verwenden Sie https://, http://, file:// oder einen lokalen Pfad</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>a file:// URL needs a path</source>
        <translation>eine file://-URL braucht einen Pfad</translation>
    </message>
    <message>
        <source>an %1 URL needs a host</source>
        <translation>eine %1-URL braucht einen Host</translation>
    </message>
    <message>
        <source>this %1 task needs an input, but the run has no ingest task at the top level to take it from</source>
        <translation>diese %1-Aufgabe braucht eine Eingabe, aber der Lauf hat auf der obersten Ebene keine ingest-Aufgabe, von der sie sie bekommen kann</translation>
    </message>
    <message>
        <source>this %1 task needs an input, but the run has %2 ingest tasks at the top level; move it into the next of the one it belongs to</source>
        <translation>diese %1-Aufgabe braucht eine Eingabe, aber der Lauf hat %2 ingest-Aufgaben auf der obersten Ebene; verschieben Sie sie in next der ingest-Aufgabe, zu der sie gehört</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>nested %1 levels deep, and Spool reads requests up to %2 levels deep (about %3 tasks in a chain): move this task, or what it holds, closer to the top</source>
        <translation>ist %1 Ebenen tief verschachtelt, und Spool liest Laufanfragen bis %2 Ebenen Tiefe (etwa %3 Aufgaben in einer Kette): Rücken Sie diese Aufgabe oder ihren Inhalt näher an die oberste Ebene</translation>
    </message>
    <message>
        <source>metadata is %1 bytes as compact JSON; the limit is %2 bytes (64 KiB)</source>
        <translation>metadata ist als kompaktes JSON %1 Bytes groß; die Grenze liegt bei %2 Bytes (64 KiB)</translation>
    </message>
    <message>
        <source>the legacy &quot;conditions&quot; list is written twice, inside and beside the options; keep one</source>
        <translation>die &quot;conditions&quot;-Liste der alten Form ist doppelt geschrieben, innerhalb und neben den Optionen; behalten Sie eine</translation>
    </message>
    <message>
        <source>end (%1 s) must be after start (0 s)</source>
        <translation>end (%1 s) muss nach start (0 s) liegen</translation>
    </message>
</context>
</TS>
