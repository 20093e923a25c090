<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddNodesCommand</name>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>Add %n task</numerusform>
            <numerusform>Add %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Delete %n connection</numerusform>
            <numerusform>Delete %n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Move %n task</numerusform>
            <numerusform>Move %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::EditorController</name>
    <message numerus="yes">
        <source>Cut %n task(s)</source>
        <translation>
            <numerusform>Cut %n task</numerusform>
            <numerusform>Cut %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>Paste %n task</numerusform>
            <numerusform>Paste %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::InspectorWidget</name>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n task selected</numerusform>
            <numerusform>%n tasks selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::IssuesWidget</name>
    <message numerus="yes">
        <source>%n error(s): the run request is not valid.</source>
        <translation>
            <numerusform>%n error: the run request is not valid.</numerusform>
            <numerusform>%n errors: the run request is not valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the run request is valid, but the embedded engine cannot run all of it.</source>
        <translation>
            <numerusform>%n warning: the run request is valid, but the embedded engine cannot run all of it.</numerusform>
            <numerusform>%n warnings: the run request is valid, but the embedded engine cannot run all of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::PreferencesDialog</name>
    <message numerus="yes">
        <source>Automatic (%n core(s))</source>
        <translation>
            <numerusform>Automatic (%n core)</numerusform>
            <numerusform>Automatic (%n cores)</numerusform>
        </translation>
    </message>
</context>
</TS>
