#pragma once

// The main window over a document, its canvas and the editor and document controllers, with
// settings of the test's own: the fixture of the tests of menus, actions and files.

#include "testprofile.h"

#include <document.h>
#include <documentcontroller.h>
#include <editorcontroller.h>
#include <mainwindow.h>

#include <graph/graphscene.h>
#include <graph/graphview.h>

#include <memory>

namespace spool {

struct EditorWindow : TestProfile
{
    Document document;
    GraphScene scene{document.model()};
    GraphView *canvas = new GraphView; // the window's central widget owns it
    EditorController editor{&document, &scene, canvas};
    DocumentController documents{&document, &preferences, &store};
    std::unique_ptr<MainWindow> window;

    EditorWindow()
    {
        canvas->setScene(&scene);
        window = std::make_unique<MainWindow>(
            MainWindow::Parts{canvas, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
            MainWindow::Controllers{&document, &editor, &documents, &preferences});
    }
};

} // namespace spool
