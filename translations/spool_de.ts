<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>spool::MainWindow</name>
    <message>
        <source>Spool</source>
        <translation>Spool</translation>
    </message>
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
        <translation>&lt;p&gt;&lt;b&gt;Spool %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Studio für Abläufe der Medienverarbeitung.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Spool</source>
        <translation>%1 — Spool</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, valid</source>
        <translation>%1: %2, gültig</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n problem(s)</source>
        <translation>
            <numerusform>%1: %2, %n Problem</numerusform>
            <numerusform>%1: %2, %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
</TS>
