/*
 * Function file for the ribbon (manifest.xml <FunctionFile>). The only ribbon
 * button uses a ShowTaskpane action, so there are no ExecuteFunction handlers
 * to register; the page just has to initialise Office.js.
 */

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    // Nothing to register: the "Chỉ tiêu" button only opens the task pane.
  });
}

export {};
