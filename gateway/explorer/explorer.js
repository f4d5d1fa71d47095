// The development explorer: GraphiQL (served by the gateway from node_modules) with the token of the field above it.
/* global React, ReactDOM, GraphiQL */
(function () {
  "use strict";
  var STORED = "ibz-explorer-token";
  var input = document.getElementById("token");
  input.value = sessionStorage.getItem(STORED) || "";
  input.addEventListener("input", function () {
    sessionStorage.setItem(STORED, input.value);
  });

  // The page is served on the GraphQL path itself (/ or /graphql): post the operations there.
  var endpoint = window.location.pathname;

  async function fetcher(params, options) {
    var headers = Object.assign({ "content-type": "application/json", accept: "application/json" }, (options && options.headers) || {});
    var token = input.value.trim().replace(/^Bearer\s+/i, "");
    if (token) headers.authorization = "Bearer " + token;
    var response = await fetch(endpoint, { method: "POST", headers: headers, body: JSON.stringify(params) });
    return response.json();
  }

  var defaultQuery = [
    "# Public fields need no token. For the rest paste one above; as a citizen, e.g.",
    "#   { myComplaintPage(first: 10) { items { reference status } } }",
    "{",
    "  directorates {",
    "    code",
    "    name",
    "  }",
    "}",
    "",
  ].join("\n");
  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
