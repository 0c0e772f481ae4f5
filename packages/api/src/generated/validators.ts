// This file is generated: do not edit it by hand.
// It holds AJV's standalone request-body validators of openapi/openapi.yaml. Regenerate with: pnpm --filter @sysplugins/api generate
// @ts-nocheck
import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";
// Node gives the CommonJS exports object, bundlers its default export.
const ucs2length = { default: ucs2lengthModule.default ?? ucs2lengthModule };

export const validateCapabilitiesRequest = validate21;
const schema32 = {"type":"object","description":"One of `paths` or `path` (deprecated); each may be a comma-separated string.","properties":{"paths":{"type":"array","items":{"type":"string"}},"path":{"type":"array","items":{"type":"string"}}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.paths !== undefined){
let data0 = data.paths;
if(!(Array.isArray(data0))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(Array.isArray(data0)){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "string" || dataType0 === "number"
              || dataType0 === "boolean" || data0 === null){
coerced0 = [data0];
}
else {
const err0 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.paths.type,parentSchema:schema32.properties.paths,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["paths"] = coerced0;
}
}
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err1 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.paths.items.type,parentSchema:schema32.properties.paths.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data0 !== undefined){
data0[i0] = coerced1;
}
}
}
}
}
}
if(data.path !== undefined){
let data2 = data.path;
if(!(Array.isArray(data2))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(Array.isArray(data2)){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 === "string" || dataType2 === "number"
              || dataType2 === "boolean" || data2 === null){
coerced2 = [data2];
}
else {
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.path.type,parentSchema:schema32.properties.path,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["path"] = coerced2;
}
}
}
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err3 = {instancePath:instancePath+"/path/" + i1,schemaPath:"#/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.path.items.type,parentSchema:schema32.properties.path.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data2 !== undefined){
data2[i1] = coerced3;
}
}
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"paths":true,"path":true},"dynamicProps":false,"dynamicItems":false};

export const validateCapabilitiesTokenRequest = validate22;
const schema33 = {"type":"object","description":"The token, and one of `paths` or `path` (each may be a comma-separated string).","properties":{"token":{"type":"string"},"paths":{"type":"array","items":{"type":"string"}},"path":{"type":"array","items":{"type":"string"}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token !== undefined){
let data0 = data.token;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.token.type,parentSchema:schema33.properties.token,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["token"] = coerced0;
}
}
}
}
if(data.paths !== undefined){
let data1 = data.paths;
if(!(Array.isArray(data1))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(Array.isArray(data1)){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 === "string" || dataType1 === "number"
              || dataType1 === "boolean" || data1 === null){
coerced1 = [data1];
}
else {
const err1 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.paths.type,parentSchema:schema33.properties.paths,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["paths"] = coerced1;
}
}
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err2 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.paths.items.type,parentSchema:schema33.properties.paths.items,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data1 !== undefined){
data1[i0] = coerced2;
}
}
}
}
}
}
if(data.path !== undefined){
let data3 = data.path;
if(!(Array.isArray(data3))){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(Array.isArray(data3)){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 === "string" || dataType3 === "number"
              || dataType3 === "boolean" || data3 === null){
coerced3 = [data3];
}
else {
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.path.type,parentSchema:schema33.properties.path,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["path"] = coerced3;
}
}
}
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err4 = {instancePath:instancePath+"/path/" + i1,schemaPath:"#/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.path.items.type,parentSchema:schema33.properties.path.items,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data3 !== undefined){
data3[i1] = coerced4;
}
}
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"token":true,"paths":true,"path":true},"dynamicProps":false,"dynamicItems":false};

export const validateCapabilitiesAccessorRequest = validate23;
const schema34 = {"type":"object","properties":{"accessor":{"type":"string"},"paths":{"type":"array","items":{"type":"string"}},"path":{"type":"array","items":{"type":"string"}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accessor !== undefined){
let data0 = data.accessor;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/accessor",schemaPath:"#/properties/accessor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.accessor.type,parentSchema:schema34.properties.accessor,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["accessor"] = coerced0;
}
}
}
}
if(data.paths !== undefined){
let data1 = data.paths;
if(!(Array.isArray(data1))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(Array.isArray(data1)){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 === "string" || dataType1 === "number"
              || dataType1 === "boolean" || data1 === null){
coerced1 = [data1];
}
else {
const err1 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.paths.type,parentSchema:schema34.properties.paths,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["paths"] = coerced1;
}
}
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err2 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.paths.items.type,parentSchema:schema34.properties.paths.items,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data1 !== undefined){
data1[i0] = coerced2;
}
}
}
}
}
}
if(data.path !== undefined){
let data3 = data.path;
if(!(Array.isArray(data3))){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(Array.isArray(data3)){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 === "string" || dataType3 === "number"
              || dataType3 === "boolean" || data3 === null){
coerced3 = [data3];
}
else {
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.path.type,parentSchema:schema34.properties.path,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["path"] = coerced3;
}
}
}
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err4 = {instancePath:instancePath+"/path/" + i1,schemaPath:"#/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.path.items.type,parentSchema:schema34.properties.path.items,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data3 !== undefined){
data3[i1] = coerced4;
}
}
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"accessor":true,"paths":true,"path":true},"dynamicProps":false,"dynamicItems":false};

export const validateTokenCreateRequest = validate24;
const schema35 = {"type":"object","description":"Unknown fields are ignored; `policies` may be a comma-separated string.","properties":{"policies":{"type":"array","items":{"type":"string"}},"ttl":{"type":["string","integer"],"description":"Seconds or a duration (\"1h\")."},"explicit_max_ttl":{"type":["string","integer"]},"period":{"type":["string","integer"]},"num_uses":{"type":"integer"},"no_parent":{"type":"boolean"},"no_default_policy":{"type":"boolean"},"renewable":{"type":"boolean"},"display_name":{"type":"string"},"meta":{"type":"object","additionalProperties":{"type":"string"}},"type":{"type":"string"},"id":{"type":"string"}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.policies !== undefined){
let data0 = data.policies;
if(!(Array.isArray(data0))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(Array.isArray(data0)){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "string" || dataType0 === "number"
              || dataType0 === "boolean" || data0 === null){
coerced0 = [data0];
}
else {
const err0 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.policies.type,parentSchema:schema35.properties.policies,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["policies"] = coerced0;
}
}
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err1 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.policies.items.type,parentSchema:schema35.properties.policies.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data0 !== undefined){
data0[i0] = coerced1;
}
}
}
}
}
}
if(data.ttl !== undefined){
let data2 = data.ttl;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if((typeof data2 === "string") && ((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else if(dataType2 === "boolean" || data2 === null
              || (dataType2 === "string" && data2 && data2 == +data2 && !(data2 % 1))){
coerced2 = +data2;
}
else {
const err2 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: schema35.properties.ttl.type},message:"must be string,integer",schema:schema35.properties.ttl.type,parentSchema:schema35.properties.ttl,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["ttl"] = coerced2;
}
}
}
}
if(data.explicit_max_ttl !== undefined){
let data3 = data.explicit_max_ttl;
if((typeof data3 !== "string") && (!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))))){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if((typeof data3 === "string") && ((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else if(dataType3 === "boolean" || data3 === null
              || (dataType3 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced3 = +data3;
}
else {
const err3 = {instancePath:instancePath+"/explicit_max_ttl",schemaPath:"#/properties/explicit_max_ttl/type",keyword:"type",params:{type: schema35.properties.explicit_max_ttl.type},message:"must be string,integer",schema:schema35.properties.explicit_max_ttl.type,parentSchema:schema35.properties.explicit_max_ttl,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["explicit_max_ttl"] = coerced3;
}
}
}
}
if(data.period !== undefined){
let data4 = data.period;
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))))){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if((typeof data4 === "string") && ((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else if(dataType4 === "boolean" || data4 === null
              || (dataType4 === "string" && data4 && data4 == +data4 && !(data4 % 1))){
coerced4 = +data4;
}
else {
const err4 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: schema35.properties.period.type},message:"must be string,integer",schema:schema35.properties.period.type,parentSchema:schema35.properties.period,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["period"] = coerced4;
}
}
}
}
if(data.num_uses !== undefined){
let data5 = data.num_uses;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data5 === null
              || (dataType5 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced5 = +data5;
}
else {
const err5 = {instancePath:instancePath+"/num_uses",schemaPath:"#/properties/num_uses/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.num_uses.type,parentSchema:schema35.properties.num_uses,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["num_uses"] = coerced5;
}
}
}
}
if(data.no_parent !== undefined){
let data6 = data.no_parent;
if(typeof data6 !== "boolean"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType6 = typeof data6;
if(typeof data6 === "boolean"){
coerced6 = data6;
}
}
if(!(coerced6 !== undefined)){
if(data6 === "false" || data6 === 0 || data6 === null){
coerced6 = false;
}
else if(data6 === "true" || data6 === 1){
coerced6 = true;
}
else {
const err6 = {instancePath:instancePath+"/no_parent",schemaPath:"#/properties/no_parent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.no_parent.type,parentSchema:schema35.properties.no_parent,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["no_parent"] = coerced6;
}
}
}
}
if(data.no_default_policy !== undefined){
let data7 = data.no_default_policy;
if(typeof data7 !== "boolean"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType7 = typeof data7;
if(typeof data7 === "boolean"){
coerced7 = data7;
}
}
if(!(coerced7 !== undefined)){
if(data7 === "false" || data7 === 0 || data7 === null){
coerced7 = false;
}
else if(data7 === "true" || data7 === 1){
coerced7 = true;
}
else {
const err7 = {instancePath:instancePath+"/no_default_policy",schemaPath:"#/properties/no_default_policy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.no_default_policy.type,parentSchema:schema35.properties.no_default_policy,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["no_default_policy"] = coerced7;
}
}
}
}
if(data.renewable !== undefined){
let data8 = data.renewable;
if(typeof data8 !== "boolean"){
let dataType8 = typeof data8;
let coerced8 = undefined;
if(dataType8 == 'object' && Array.isArray(data8) && data8.length == 1){
data8 = data8[0];
dataType8 = typeof data8;
if(typeof data8 === "boolean"){
coerced8 = data8;
}
}
if(!(coerced8 !== undefined)){
if(data8 === "false" || data8 === 0 || data8 === null){
coerced8 = false;
}
else if(data8 === "true" || data8 === 1){
coerced8 = true;
}
else {
const err8 = {instancePath:instancePath+"/renewable",schemaPath:"#/properties/renewable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.renewable.type,parentSchema:schema35.properties.renewable,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced8 !== undefined){
data8 = coerced8;
if(data !== undefined){
data["renewable"] = coerced8;
}
}
}
}
if(data.display_name !== undefined){
let data9 = data.display_name;
if(typeof data9 !== "string"){
let dataType9 = typeof data9;
let coerced9 = undefined;
if(dataType9 == 'object' && Array.isArray(data9) && data9.length == 1){
data9 = data9[0];
dataType9 = typeof data9;
if(typeof data9 === "string"){
coerced9 = data9;
}
}
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data9;
}
else if(data9 === null){
coerced9 = "";
}
else {
const err9 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.display_name.type,parentSchema:schema35.properties.display_name,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data !== undefined){
data["display_name"] = coerced9;
}
}
}
}
if(data.meta !== undefined){
let data10 = data.meta;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
let data11 = data10[key0];
if(typeof data11 !== "string"){
let dataType10 = typeof data11;
let coerced10 = undefined;
if(dataType10 == 'object' && Array.isArray(data11) && data11.length == 1){
data11 = data11[0];
dataType10 = typeof data11;
if(typeof data11 === "string"){
coerced10 = data11;
}
}
if(!(coerced10 !== undefined)){
if(dataType10 == "number" || dataType10 == "boolean"){
coerced10 = "" + data11;
}
else if(data11 === null){
coerced10 = "";
}
else {
const err10 = {instancePath:instancePath+"/meta/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/meta/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.meta.additionalProperties.type,parentSchema:schema35.properties.meta.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced10 !== undefined){
data11 = coerced10;
if(data10 !== undefined){
data10[key0] = coerced10;
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.meta.type,parentSchema:schema35.properties.meta,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.type !== undefined){
let data12 = data.type;
if(typeof data12 !== "string"){
let dataType11 = typeof data12;
let coerced11 = undefined;
if(dataType11 == 'object' && Array.isArray(data12) && data12.length == 1){
data12 = data12[0];
dataType11 = typeof data12;
if(typeof data12 === "string"){
coerced11 = data12;
}
}
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data12;
}
else if(data12 === null){
coerced11 = "";
}
else {
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.type.type,parentSchema:schema35.properties.type,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced11 !== undefined){
data12 = coerced11;
if(data !== undefined){
data["type"] = coerced11;
}
}
}
}
if(data.id !== undefined){
let data13 = data.id;
if(typeof data13 !== "string"){
let dataType12 = typeof data13;
let coerced12 = undefined;
if(dataType12 == 'object' && Array.isArray(data13) && data13.length == 1){
data13 = data13[0];
dataType12 = typeof data13;
if(typeof data13 === "string"){
coerced12 = data13;
}
}
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data13;
}
else if(data13 === null){
coerced12 = "";
}
else {
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.id.type,parentSchema:schema35.properties.id,data:data13};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced12 !== undefined){
data13 = coerced12;
if(data !== undefined){
data["id"] = coerced12;
}
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"policies":true,"ttl":true,"explicit_max_ttl":true,"period":true,"num_uses":true,"no_parent":true,"no_default_policy":true,"renewable":true,"display_name":true,"meta":true,"type":true,"id":true},"dynamicProps":false,"dynamicItems":false};

export const validateTokenRequest = validate25;
const schema36 = {"type":"object","properties":{"token":{"type":"string"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token !== undefined){
let data0 = data.token;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.token.type,parentSchema:schema36.properties.token,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["token"] = coerced0;
}
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"token":true},"dynamicProps":false,"dynamicItems":false};

export const validateAccessorRequest = validate26;
const schema37 = {"type":"object","properties":{"accessor":{"type":"string"}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accessor !== undefined){
let data0 = data.accessor;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/accessor",schemaPath:"#/properties/accessor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.accessor.type,parentSchema:schema37.properties.accessor,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["accessor"] = coerced0;
}
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"accessor":true},"dynamicProps":false,"dynamicItems":false};

export const validateRenewRequest = validate27;
const schema38 = {"type":"object","properties":{"token":{"type":"string"},"increment":{"type":["string","integer"],"description":"Seconds or a duration; 0 or absent renews by the token's last TTL."}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token !== undefined){
let data0 = data.token;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.token.type,parentSchema:schema38.properties.token,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["token"] = coerced0;
}
}
}
}
if(data.increment !== undefined){
let data1 = data.increment;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if((typeof data1 === "string") && ((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else if(dataType1 === "boolean" || data1 === null
              || (dataType1 === "string" && data1 && data1 == +data1 && !(data1 % 1))){
coerced1 = +data1;
}
else {
const err1 = {instancePath:instancePath+"/increment",schemaPath:"#/properties/increment/type",keyword:"type",params:{type: schema38.properties.increment.type},message:"must be string,integer",schema:schema38.properties.increment.type,parentSchema:schema38.properties.increment,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["increment"] = coerced1;
}
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"token":true,"increment":true},"dynamicProps":false,"dynamicItems":false};

export const validatePolicyWriteRequest = validate28;
const schema39 = {"type":"object","properties":{"policy":{"type":"string","description":"HCL or JSON, or base64 of either."}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.policy !== undefined){
let data0 = data.policy;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.policy.type,parentSchema:schema39.properties.policy,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["policy"] = coerced0;
}
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"policy":true},"dynamicProps":false,"dynamicItems":false};

export const validateLegacyPolicyWriteRequest = validate29;
const schema40 = {"type":"object","properties":{"policy":{"type":"string"},"rules":{"type":"string","description":"Deprecated spelling of `policy`."}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.policy !== undefined){
let data0 = data.policy;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.policy.type,parentSchema:schema40.properties.policy,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["policy"] = coerced0;
}
}
}
}
if(data.rules !== undefined){
let data1 = data.rules;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err1 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.rules.type,parentSchema:schema40.properties.rules,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["rules"] = coerced1;
}
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"policy":true,"rules":true},"dynamicProps":false,"dynamicItems":false};

export const validateRegisterRequest = validate30;
const schema41 = {"type":"object","description":"Checked in this order: `version` (semantic), `download` (Enterprise only), `sha256`/`sha_256`\npresent, `command` or `oci_image` present, `command` split on spaces, `sha256` decodes as hex.\n","properties":{"version":{"$ref":"#/components/schemas/SemverInput"},"download":{"type":"boolean","description":"Enterprise only; `true` is refused by Community Edition."},"sha256":{"type":"string","description":"The SHA-256 of the binary as hex. Vault decodes any even-length hex; the binary is checked\nagainst it when the plugin runs. Use 64 lowercase hex characters.\n","pattern":"^([0-9a-fA-F]{2})*$","x-vault-errors":{"pattern":"Could not decode SHA256 value from Hex {value}: {goHexError}"},"x-openbao-errors":{"pattern":"Could not decode SHA-256 value from Hex"},"example":"d130b9a0fbfddef9709d8ff92e5e6053ccd246b78632fc03b8548457026961e9"},"sha_256":{"type":"string","description":"Legacy alias of `sha256`, used when `sha256` is empty.","pattern":"^([0-9a-fA-F]{2})*$","x-vault-errors":{"pattern":"Could not decode SHA256 value from Hex {value}: {goHexError}"},"x-openbao-errors":{"pattern":"Could not decode SHA-256 value from Hex"}},"command":{"type":"string","description":"The binary, relative to the plugin directory, optionally followed by arguments separated by\nsingle spaces (then `args` must be empty).\n","example":"my-secrets-plugin"},"oci_image":{"type":"string","description":"Vault only. A container image to run instead of a binary (Linux only)."},"oci":{"type":"boolean","description":"OpenBao only. The command is in the plugin directory's OCI cache."},"runtime":{"type":"string","description":"A registered plugin runtime, with `oci_image`."},"args":{"type":"array","items":{"type":"string"}},"env":{"type":"array","description":"`KEY=value` strings passed to the plugin. Stored, never returned.","items":{"type":"string"}}}};
const schema42 = {"type":"string","description":"A semantic version as go-version's NewSemver reads it (`1`, `1.0`, `v1.2.3`, `1.2.3-rc.1+meta`; a\nprerelease needs its `-`). Canonicalised to `v` + the version with three or more segments and no\nleading zeros (`01.2` reads `v1.2.0`). Build metadata with the identifier `builtin` is reserved.\nAt most 1024 characters (longer ones are refused as malformed; Vault sets no bound). The pattern\nreads the same strings as go-version's, written so that a backtracking engine takes linear time.\n","maxLength":1024,"pattern":"^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$","x-vault-errors":{"pattern":"version \"{value}\" is not a valid semantic version: Malformed version: {value}","maxLength":"version \"{value}\" is not a valid semantic version: Malformed version: {value}"},"x-openbao-errors":{"pattern":"version \"{value}\" is not a valid semantic version: malformed version: {value}","maxLength":"version \"{value}\" is not a valid semantic version: malformed version: {value}"},"example":"v1.0.0"};
const func1 = ucs2length.default;
const pattern4 = new RegExp("^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$", "u");
const pattern5 = new RegExp("^([0-9a-fA-F]{2})*$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/version",schemaPath:"#/components/schemas/SemverInput/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["version"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) > 1024){
const err1 = {instancePath:instancePath+"/version",schemaPath:"#/components/schemas/SemverInput/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/components/schemas/SemverInput/pattern",keyword:"pattern",params:{pattern: "^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$"},message:"must match pattern \""+"^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$"+"\"",schema:"^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$",parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.download !== undefined){
let data1 = data.download;
if(typeof data1 !== "boolean"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "boolean"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(data1 === "false" || data1 === 0 || data1 === null){
coerced1 = false;
}
else if(data1 === "true" || data1 === 1){
coerced1 = true;
}
else {
const err3 = {instancePath:instancePath+"/download",schemaPath:"#/properties/download/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.download.type,parentSchema:schema41.properties.download,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["download"] = coerced1;
}
}
}
}
if(data.sha256 !== undefined){
let data2 = data.sha256;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.sha256.type,parentSchema:schema41.properties.sha256,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["sha256"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^([0-9a-fA-F]{2})*$"},message:"must match pattern \""+"^([0-9a-fA-F]{2})*$"+"\"",schema:"^([0-9a-fA-F]{2})*$",parentSchema:schema41.properties.sha256,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.sha_256 !== undefined){
let data3 = data.sha_256;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err6 = {instancePath:instancePath+"/sha_256",schemaPath:"#/properties/sha_256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.sha_256.type,parentSchema:schema41.properties.sha_256,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["sha_256"] = coerced3;
}
}
}
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err7 = {instancePath:instancePath+"/sha_256",schemaPath:"#/properties/sha_256/pattern",keyword:"pattern",params:{pattern: "^([0-9a-fA-F]{2})*$"},message:"must match pattern \""+"^([0-9a-fA-F]{2})*$"+"\"",schema:"^([0-9a-fA-F]{2})*$",parentSchema:schema41.properties.sha_256,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.command !== undefined){
let data4 = data.command;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err8 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.command.type,parentSchema:schema41.properties.command,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["command"] = coerced4;
}
}
}
}
if(data.oci_image !== undefined){
let data5 = data.oci_image;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if(typeof data5 === "string"){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
const err9 = {instancePath:instancePath+"/oci_image",schemaPath:"#/properties/oci_image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.oci_image.type,parentSchema:schema41.properties.oci_image,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["oci_image"] = coerced5;
}
}
}
}
if(data.oci !== undefined){
let data6 = data.oci;
if(typeof data6 !== "boolean"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType6 = typeof data6;
if(typeof data6 === "boolean"){
coerced6 = data6;
}
}
if(!(coerced6 !== undefined)){
if(data6 === "false" || data6 === 0 || data6 === null){
coerced6 = false;
}
else if(data6 === "true" || data6 === 1){
coerced6 = true;
}
else {
const err10 = {instancePath:instancePath+"/oci",schemaPath:"#/properties/oci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.oci.type,parentSchema:schema41.properties.oci,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["oci"] = coerced6;
}
}
}
}
if(data.runtime !== undefined){
let data7 = data.runtime;
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType7 = typeof data7;
if(typeof data7 === "string"){
coerced7 = data7;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
const err11 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.runtime.type,parentSchema:schema41.properties.runtime,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["runtime"] = coerced7;
}
}
}
}
if(data.args !== undefined){
let data8 = data.args;
if(!(Array.isArray(data8))){
let dataType8 = typeof data8;
let coerced8 = undefined;
if(dataType8 == 'object' && Array.isArray(data8) && data8.length == 1){
data8 = data8[0];
dataType8 = typeof data8;
if(Array.isArray(data8)){
coerced8 = data8;
}
}
if(!(coerced8 !== undefined)){
if(dataType8 === "string" || dataType8 === "number"
              || dataType8 === "boolean" || data8 === null){
coerced8 = [data8];
}
else {
const err12 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.args.type,parentSchema:schema41.properties.args,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced8 !== undefined){
data8 = coerced8;
if(data !== undefined){
data["args"] = coerced8;
}
}
}
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
let dataType9 = typeof data9;
let coerced9 = undefined;
if(dataType9 == 'object' && Array.isArray(data9) && data9.length == 1){
data9 = data9[0];
dataType9 = typeof data9;
if(typeof data9 === "string"){
coerced9 = data9;
}
}
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data9;
}
else if(data9 === null){
coerced9 = "";
}
else {
const err13 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.args.items.type,parentSchema:schema41.properties.args.items,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data8 !== undefined){
data8[i0] = coerced9;
}
}
}
}
}
}
if(data.env !== undefined){
let data10 = data.env;
if(!(Array.isArray(data10))){
let dataType10 = typeof data10;
let coerced10 = undefined;
if(dataType10 == 'object' && Array.isArray(data10) && data10.length == 1){
data10 = data10[0];
dataType10 = typeof data10;
if(Array.isArray(data10)){
coerced10 = data10;
}
}
if(!(coerced10 !== undefined)){
if(dataType10 === "string" || dataType10 === "number"
              || dataType10 === "boolean" || data10 === null){
coerced10 = [data10];
}
else {
const err14 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.env.type,parentSchema:schema41.properties.env,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced10 !== undefined){
data10 = coerced10;
if(data !== undefined){
data["env"] = coerced10;
}
}
}
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 !== "string"){
let dataType11 = typeof data11;
let coerced11 = undefined;
if(dataType11 == 'object' && Array.isArray(data11) && data11.length == 1){
data11 = data11[0];
dataType11 = typeof data11;
if(typeof data11 === "string"){
coerced11 = data11;
}
}
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data11;
}
else if(data11 === null){
coerced11 = "";
}
else {
const err15 = {instancePath:instancePath+"/env/" + i1,schemaPath:"#/properties/env/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.env.items.type,parentSchema:schema41.properties.env.items,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced11 !== undefined){
data11 = coerced11;
if(data10 !== undefined){
data10[i1] = coerced11;
}
}
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"version":true,"download":true,"sha256":true,"sha_256":true,"command":true,"oci_image":true,"oci":true,"runtime":true,"args":true,"env":true},"dynamicProps":false,"dynamicItems":false};

export const validatePinRequest = validate31;
const schema43 = {"type":"object","required":["version"],"properties":{"version":{"allOf":[{"$ref":"#/components/schemas/SemverInput"}],"minLength":1,"description":"A registered, non-builtin version of the plugin.","x-vault-errors":{"required":"missing plugin version","minLength":"missing plugin version"},"example":"v1.0.1"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/version",schemaPath:"#/components/schemas/SemverInput/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["version"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) > 1024){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/components/schemas/SemverInput/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/components/schemas/SemverInput/pattern",keyword:"pattern",params:{pattern: "^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$"},message:"must match pattern \""+"^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$"+"\"",schema:"^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$",parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.version,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"version":true},"dynamicProps":false,"dynamicItems":false};

export const validateReloadBackendRequest = validate32;
const schema45 = {"type":"object","properties":{"scope":{"$ref":"#/components/schemas/ReloadScope"},"plugin":{"type":"string","description":"Reload every mount of this plugin."},"mounts":{"type":"array","description":"Mount paths (`foo`, `foo/`, `auth/foo`). A comma-separated string is accepted too.","items":{"type":"string"}}}};
const schema46 = {"type":"string","description":"Omitted (or empty) for this node only; `global` for every node of the cluster (202).","enum":["","global"],"x-vault-errors":{"enum":"reload scope must be omitted or 'global'"},"x-openbao-errors":{"enum":"scope must be unset or \"global\""}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scope !== undefined){
let data0 = data.scope;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/scope",schemaPath:"#/components/schemas/ReloadScope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["scope"] = coerced0;
}
}
}
if(!((data0 === "") || (data0 === "global"))){
const err1 = {instancePath:instancePath+"/scope",schemaPath:"#/components/schemas/ReloadScope/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values",schema:schema46.enum,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.plugin !== undefined){
let data1 = data.plugin;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.plugin.type,parentSchema:schema45.properties.plugin,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["plugin"] = coerced1;
}
}
}
}
if(data.mounts !== undefined){
let data2 = data.mounts;
if(!(Array.isArray(data2))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(Array.isArray(data2)){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 === "string" || dataType2 === "number"
              || dataType2 === "boolean" || data2 === null){
coerced2 = [data2];
}
else {
const err3 = {instancePath:instancePath+"/mounts",schemaPath:"#/properties/mounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.mounts.type,parentSchema:schema45.properties.mounts,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["mounts"] = coerced2;
}
}
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err4 = {instancePath:instancePath+"/mounts/" + i0,schemaPath:"#/properties/mounts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.mounts.items.type,parentSchema:schema45.properties.mounts.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data2 !== undefined){
data2[i0] = coerced3;
}
}
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"scope":true,"plugin":true,"mounts":true},"dynamicProps":false,"dynamicItems":false};

export const validateReloadPluginRequest = validate33;
const schema47 = {"type":"object","properties":{"scope":{"$ref":"#/components/schemas/ReloadScope"}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scope !== undefined){
let data0 = data.scope;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/scope",schemaPath:"#/components/schemas/ReloadScope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["scope"] = coerced0;
}
}
}
if(!((data0 === "") || (data0 === "global"))){
const err1 = {instancePath:instancePath+"/scope",schemaPath:"#/components/schemas/ReloadScope/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values",schema:schema46.enum,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"scope":true},"dynamicProps":false,"dynamicItems":false};

export const validateEnableRequest = validate34;
const schema49 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","minLength":1,"description":"The plugin name (`kv`, `approle`, or a registered external plugin).","x-vault-errors":{"required":"backend type must be specified as a string","minLength":"backend type must be specified as a string"}},"description":{"type":"string"},"config":{"$ref":"#/components/schemas/MountConfigInput"},"options":{"type":"object","additionalProperties":{"type":"string"}},"local":{"type":"boolean"},"seal_wrap":{"type":"boolean"},"external_entropy_access":{"type":"boolean"},"plugin_name":{"type":"string","description":"With `type` `plugin` (legacy), the plugin to mount."},"plugin_version":{"type":"string","deprecated":true,"description":"Ignored by Vault and OpenBao: the version is read from `config.plugin_version` only. Some clients\n(hvac's keyword arguments, node-vault) send it here; it has no effect.\n"}}};
const schema50 = {"type":"object","properties":{"default_lease_ttl":{"type":"string","description":"A duration (`768h`) or seconds."},"max_lease_ttl":{"type":"string"},"force_no_cache":{"type":"boolean"},"plugin_version":{"type":"string","description":"The version to mount. See the version selection rules on the operation.","example":"v1.0.0"},"plugin_name":{"type":"string","description":"With `type` `plugin` (legacy), the plugin to mount; wins over the top-level `plugin_name`."},"audit_non_hmac_request_keys":{"type":"array","items":{"type":"string"}},"audit_non_hmac_response_keys":{"type":"array","items":{"type":"string"}},"listing_visibility":{"type":"string","enum":["","unauth","hidden"]},"passthrough_request_headers":{"type":"array","items":{"type":"string"}},"allowed_response_headers":{"type":"array","items":{"type":"string"}},"token_type":{"type":"string"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.type.type,parentSchema:schema49.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["type"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.description.type,parentSchema:schema49.properties.description,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["description"] = coerced1;
}
}
}
}
if(data.config !== undefined){
let data2 = data.config;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.default_lease_ttl !== undefined){
let data3 = data2.default_lease_ttl;
if(typeof data3 !== "string"){
let dataType2 = typeof data3;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType2 = typeof data3;
if(typeof data3 === "string"){
coerced2 = data3;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data3;
}
else if(data3 === null){
coerced2 = "";
}
else {
const err4 = {instancePath:instancePath+"/config/default_lease_ttl",schemaPath:"#/components/schemas/MountConfigInput/properties/default_lease_ttl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.default_lease_ttl.type,parentSchema:schema50.properties.default_lease_ttl,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced2 !== undefined){
data3 = coerced2;
if(data2 !== undefined){
data2["default_lease_ttl"] = coerced2;
}
}
}
}
if(data2.max_lease_ttl !== undefined){
let data4 = data2.max_lease_ttl;
if(typeof data4 !== "string"){
let dataType3 = typeof data4;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType3 = typeof data4;
if(typeof data4 === "string"){
coerced3 = data4;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data4;
}
else if(data4 === null){
coerced3 = "";
}
else {
const err5 = {instancePath:instancePath+"/config/max_lease_ttl",schemaPath:"#/components/schemas/MountConfigInput/properties/max_lease_ttl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.max_lease_ttl.type,parentSchema:schema50.properties.max_lease_ttl,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced3 !== undefined){
data4 = coerced3;
if(data2 !== undefined){
data2["max_lease_ttl"] = coerced3;
}
}
}
}
if(data2.force_no_cache !== undefined){
let data5 = data2.force_no_cache;
if(typeof data5 !== "boolean"){
let dataType4 = typeof data5;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType4 = typeof data5;
if(typeof data5 === "boolean"){
coerced4 = data5;
}
}
if(!(coerced4 !== undefined)){
if(data5 === "false" || data5 === 0 || data5 === null){
coerced4 = false;
}
else if(data5 === "true" || data5 === 1){
coerced4 = true;
}
else {
const err6 = {instancePath:instancePath+"/config/force_no_cache",schemaPath:"#/components/schemas/MountConfigInput/properties/force_no_cache/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.force_no_cache.type,parentSchema:schema50.properties.force_no_cache,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced4 !== undefined){
data5 = coerced4;
if(data2 !== undefined){
data2["force_no_cache"] = coerced4;
}
}
}
}
if(data2.plugin_version !== undefined){
let data6 = data2.plugin_version;
if(typeof data6 !== "string"){
let dataType5 = typeof data6;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType5 = typeof data6;
if(typeof data6 === "string"){
coerced5 = data6;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data6;
}
else if(data6 === null){
coerced5 = "";
}
else {
const err7 = {instancePath:instancePath+"/config/plugin_version",schemaPath:"#/components/schemas/MountConfigInput/properties/plugin_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.plugin_version.type,parentSchema:schema50.properties.plugin_version,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced5 !== undefined){
data6 = coerced5;
if(data2 !== undefined){
data2["plugin_version"] = coerced5;
}
}
}
}
if(data2.plugin_name !== undefined){
let data7 = data2.plugin_name;
if(typeof data7 !== "string"){
let dataType6 = typeof data7;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType6 = typeof data7;
if(typeof data7 === "string"){
coerced6 = data7;
}
}
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data7;
}
else if(data7 === null){
coerced6 = "";
}
else {
const err8 = {instancePath:instancePath+"/config/plugin_name",schemaPath:"#/components/schemas/MountConfigInput/properties/plugin_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.plugin_name.type,parentSchema:schema50.properties.plugin_name,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced6 !== undefined){
data7 = coerced6;
if(data2 !== undefined){
data2["plugin_name"] = coerced6;
}
}
}
}
if(data2.audit_non_hmac_request_keys !== undefined){
let data8 = data2.audit_non_hmac_request_keys;
if(!(Array.isArray(data8))){
let dataType7 = typeof data8;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data8) && data8.length == 1){
data8 = data8[0];
dataType7 = typeof data8;
if(Array.isArray(data8)){
coerced7 = data8;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 === "string" || dataType7 === "number"
              || dataType7 === "boolean" || data8 === null){
coerced7 = [data8];
}
else {
const err9 = {instancePath:instancePath+"/config/audit_non_hmac_request_keys",schemaPath:"#/components/schemas/MountConfigInput/properties/audit_non_hmac_request_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.audit_non_hmac_request_keys.type,parentSchema:schema50.properties.audit_non_hmac_request_keys,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced7 !== undefined){
data8 = coerced7;
if(data2 !== undefined){
data2["audit_non_hmac_request_keys"] = coerced7;
}
}
}
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
let dataType8 = typeof data9;
let coerced8 = undefined;
if(dataType8 == 'object' && Array.isArray(data9) && data9.length == 1){
data9 = data9[0];
dataType8 = typeof data9;
if(typeof data9 === "string"){
coerced8 = data9;
}
}
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data9;
}
else if(data9 === null){
coerced8 = "";
}
else {
const err10 = {instancePath:instancePath+"/config/audit_non_hmac_request_keys/" + i0,schemaPath:"#/components/schemas/MountConfigInput/properties/audit_non_hmac_request_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.audit_non_hmac_request_keys.items.type,parentSchema:schema50.properties.audit_non_hmac_request_keys.items,data:data9};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced8 !== undefined){
data9 = coerced8;
if(data8 !== undefined){
data8[i0] = coerced8;
}
}
}
}
}
}
if(data2.audit_non_hmac_response_keys !== undefined){
let data10 = data2.audit_non_hmac_response_keys;
if(!(Array.isArray(data10))){
let dataType9 = typeof data10;
let coerced9 = undefined;
if(dataType9 == 'object' && Array.isArray(data10) && data10.length == 1){
data10 = data10[0];
dataType9 = typeof data10;
if(Array.isArray(data10)){
coerced9 = data10;
}
}
if(!(coerced9 !== undefined)){
if(dataType9 === "string" || dataType9 === "number"
              || dataType9 === "boolean" || data10 === null){
coerced9 = [data10];
}
else {
const err11 = {instancePath:instancePath+"/config/audit_non_hmac_response_keys",schemaPath:"#/components/schemas/MountConfigInput/properties/audit_non_hmac_response_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.audit_non_hmac_response_keys.type,parentSchema:schema50.properties.audit_non_hmac_response_keys,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced9 !== undefined){
data10 = coerced9;
if(data2 !== undefined){
data2["audit_non_hmac_response_keys"] = coerced9;
}
}
}
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 !== "string"){
let dataType10 = typeof data11;
let coerced10 = undefined;
if(dataType10 == 'object' && Array.isArray(data11) && data11.length == 1){
data11 = data11[0];
dataType10 = typeof data11;
if(typeof data11 === "string"){
coerced10 = data11;
}
}
if(!(coerced10 !== undefined)){
if(dataType10 == "number" || dataType10 == "boolean"){
coerced10 = "" + data11;
}
else if(data11 === null){
coerced10 = "";
}
else {
const err12 = {instancePath:instancePath+"/config/audit_non_hmac_response_keys/" + i1,schemaPath:"#/components/schemas/MountConfigInput/properties/audit_non_hmac_response_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.audit_non_hmac_response_keys.items.type,parentSchema:schema50.properties.audit_non_hmac_response_keys.items,data:data11};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced10 !== undefined){
data11 = coerced10;
if(data10 !== undefined){
data10[i1] = coerced10;
}
}
}
}
}
}
if(data2.listing_visibility !== undefined){
let data12 = data2.listing_visibility;
if(typeof data12 !== "string"){
let dataType11 = typeof data12;
let coerced11 = undefined;
if(dataType11 == 'object' && Array.isArray(data12) && data12.length == 1){
data12 = data12[0];
dataType11 = typeof data12;
if(typeof data12 === "string"){
coerced11 = data12;
}
}
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data12;
}
else if(data12 === null){
coerced11 = "";
}
else {
const err13 = {instancePath:instancePath+"/config/listing_visibility",schemaPath:"#/components/schemas/MountConfigInput/properties/listing_visibility/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.listing_visibility.type,parentSchema:schema50.properties.listing_visibility,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced11 !== undefined){
data12 = coerced11;
if(data2 !== undefined){
data2["listing_visibility"] = coerced11;
}
}
}
if(!(((data12 === "") || (data12 === "unauth")) || (data12 === "hidden"))){
const err14 = {instancePath:instancePath+"/config/listing_visibility",schemaPath:"#/components/schemas/MountConfigInput/properties/listing_visibility/enum",keyword:"enum",params:{allowedValues: schema50.properties.listing_visibility.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.listing_visibility.enum,parentSchema:schema50.properties.listing_visibility,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.passthrough_request_headers !== undefined){
let data13 = data2.passthrough_request_headers;
if(!(Array.isArray(data13))){
let dataType12 = typeof data13;
let coerced12 = undefined;
if(dataType12 == 'object' && Array.isArray(data13) && data13.length == 1){
data13 = data13[0];
dataType12 = typeof data13;
if(Array.isArray(data13)){
coerced12 = data13;
}
}
if(!(coerced12 !== undefined)){
if(dataType12 === "string" || dataType12 === "number"
              || dataType12 === "boolean" || data13 === null){
coerced12 = [data13];
}
else {
const err15 = {instancePath:instancePath+"/config/passthrough_request_headers",schemaPath:"#/components/schemas/MountConfigInput/properties/passthrough_request_headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.passthrough_request_headers.type,parentSchema:schema50.properties.passthrough_request_headers,data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced12 !== undefined){
data13 = coerced12;
if(data2 !== undefined){
data2["passthrough_request_headers"] = coerced12;
}
}
}
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(typeof data14 !== "string"){
let dataType13 = typeof data14;
let coerced13 = undefined;
if(dataType13 == 'object' && Array.isArray(data14) && data14.length == 1){
data14 = data14[0];
dataType13 = typeof data14;
if(typeof data14 === "string"){
coerced13 = data14;
}
}
if(!(coerced13 !== undefined)){
if(dataType13 == "number" || dataType13 == "boolean"){
coerced13 = "" + data14;
}
else if(data14 === null){
coerced13 = "";
}
else {
const err16 = {instancePath:instancePath+"/config/passthrough_request_headers/" + i2,schemaPath:"#/components/schemas/MountConfigInput/properties/passthrough_request_headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.passthrough_request_headers.items.type,parentSchema:schema50.properties.passthrough_request_headers.items,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced13 !== undefined){
data14 = coerced13;
if(data13 !== undefined){
data13[i2] = coerced13;
}
}
}
}
}
}
if(data2.allowed_response_headers !== undefined){
let data15 = data2.allowed_response_headers;
if(!(Array.isArray(data15))){
let dataType14 = typeof data15;
let coerced14 = undefined;
if(dataType14 == 'object' && Array.isArray(data15) && data15.length == 1){
data15 = data15[0];
dataType14 = typeof data15;
if(Array.isArray(data15)){
coerced14 = data15;
}
}
if(!(coerced14 !== undefined)){
if(dataType14 === "string" || dataType14 === "number"
              || dataType14 === "boolean" || data15 === null){
coerced14 = [data15];
}
else {
const err17 = {instancePath:instancePath+"/config/allowed_response_headers",schemaPath:"#/components/schemas/MountConfigInput/properties/allowed_response_headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.allowed_response_headers.type,parentSchema:schema50.properties.allowed_response_headers,data:data15};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced14 !== undefined){
data15 = coerced14;
if(data2 !== undefined){
data2["allowed_response_headers"] = coerced14;
}
}
}
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
if(typeof data16 !== "string"){
let dataType15 = typeof data16;
let coerced15 = undefined;
if(dataType15 == 'object' && Array.isArray(data16) && data16.length == 1){
data16 = data16[0];
dataType15 = typeof data16;
if(typeof data16 === "string"){
coerced15 = data16;
}
}
if(!(coerced15 !== undefined)){
if(dataType15 == "number" || dataType15 == "boolean"){
coerced15 = "" + data16;
}
else if(data16 === null){
coerced15 = "";
}
else {
const err18 = {instancePath:instancePath+"/config/allowed_response_headers/" + i3,schemaPath:"#/components/schemas/MountConfigInput/properties/allowed_response_headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.allowed_response_headers.items.type,parentSchema:schema50.properties.allowed_response_headers.items,data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(coerced15 !== undefined){
data16 = coerced15;
if(data15 !== undefined){
data15[i3] = coerced15;
}
}
}
}
}
}
if(data2.token_type !== undefined){
let data17 = data2.token_type;
if(typeof data17 !== "string"){
let dataType16 = typeof data17;
let coerced16 = undefined;
if(dataType16 == 'object' && Array.isArray(data17) && data17.length == 1){
data17 = data17[0];
dataType16 = typeof data17;
if(typeof data17 === "string"){
coerced16 = data17;
}
}
if(!(coerced16 !== undefined)){
if(dataType16 == "number" || dataType16 == "boolean"){
coerced16 = "" + data17;
}
else if(data17 === null){
coerced16 = "";
}
else {
const err19 = {instancePath:instancePath+"/config/token_type",schemaPath:"#/components/schemas/MountConfigInput/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.token_type.type,parentSchema:schema50.properties.token_type,data:data17};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(coerced16 !== undefined){
data17 = coerced16;
if(data2 !== undefined){
data2["token_type"] = coerced16;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/config",schemaPath:"#/components/schemas/MountConfigInput/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.options !== undefined){
let data18 = data.options;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key0 in data18){
let data19 = data18[key0];
if(typeof data19 !== "string"){
let dataType17 = typeof data19;
let coerced17 = undefined;
if(dataType17 == 'object' && Array.isArray(data19) && data19.length == 1){
data19 = data19[0];
dataType17 = typeof data19;
if(typeof data19 === "string"){
coerced17 = data19;
}
}
if(!(coerced17 !== undefined)){
if(dataType17 == "number" || dataType17 == "boolean"){
coerced17 = "" + data19;
}
else if(data19 === null){
coerced17 = "";
}
else {
const err21 = {instancePath:instancePath+"/options/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.options.additionalProperties.type,parentSchema:schema49.properties.options.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(coerced17 !== undefined){
data19 = coerced17;
if(data18 !== undefined){
data18[key0] = coerced17;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.options.type,parentSchema:schema49.properties.options,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.local !== undefined){
let data20 = data.local;
if(typeof data20 !== "boolean"){
let dataType18 = typeof data20;
let coerced18 = undefined;
if(dataType18 == 'object' && Array.isArray(data20) && data20.length == 1){
data20 = data20[0];
dataType18 = typeof data20;
if(typeof data20 === "boolean"){
coerced18 = data20;
}
}
if(!(coerced18 !== undefined)){
if(data20 === "false" || data20 === 0 || data20 === null){
coerced18 = false;
}
else if(data20 === "true" || data20 === 1){
coerced18 = true;
}
else {
const err23 = {instancePath:instancePath+"/local",schemaPath:"#/properties/local/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.local.type,parentSchema:schema49.properties.local,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(coerced18 !== undefined){
data20 = coerced18;
if(data !== undefined){
data["local"] = coerced18;
}
}
}
}
if(data.seal_wrap !== undefined){
let data21 = data.seal_wrap;
if(typeof data21 !== "boolean"){
let dataType19 = typeof data21;
let coerced19 = undefined;
if(dataType19 == 'object' && Array.isArray(data21) && data21.length == 1){
data21 = data21[0];
dataType19 = typeof data21;
if(typeof data21 === "boolean"){
coerced19 = data21;
}
}
if(!(coerced19 !== undefined)){
if(data21 === "false" || data21 === 0 || data21 === null){
coerced19 = false;
}
else if(data21 === "true" || data21 === 1){
coerced19 = true;
}
else {
const err24 = {instancePath:instancePath+"/seal_wrap",schemaPath:"#/properties/seal_wrap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.seal_wrap.type,parentSchema:schema49.properties.seal_wrap,data:data21};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced19 !== undefined){
data21 = coerced19;
if(data !== undefined){
data["seal_wrap"] = coerced19;
}
}
}
}
if(data.external_entropy_access !== undefined){
let data22 = data.external_entropy_access;
if(typeof data22 !== "boolean"){
let dataType20 = typeof data22;
let coerced20 = undefined;
if(dataType20 == 'object' && Array.isArray(data22) && data22.length == 1){
data22 = data22[0];
dataType20 = typeof data22;
if(typeof data22 === "boolean"){
coerced20 = data22;
}
}
if(!(coerced20 !== undefined)){
if(data22 === "false" || data22 === 0 || data22 === null){
coerced20 = false;
}
else if(data22 === "true" || data22 === 1){
coerced20 = true;
}
else {
const err25 = {instancePath:instancePath+"/external_entropy_access",schemaPath:"#/properties/external_entropy_access/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.external_entropy_access.type,parentSchema:schema49.properties.external_entropy_access,data:data22};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(coerced20 !== undefined){
data22 = coerced20;
if(data !== undefined){
data["external_entropy_access"] = coerced20;
}
}
}
}
if(data.plugin_name !== undefined){
let data23 = data.plugin_name;
if(typeof data23 !== "string"){
let dataType21 = typeof data23;
let coerced21 = undefined;
if(dataType21 == 'object' && Array.isArray(data23) && data23.length == 1){
data23 = data23[0];
dataType21 = typeof data23;
if(typeof data23 === "string"){
coerced21 = data23;
}
}
if(!(coerced21 !== undefined)){
if(dataType21 == "number" || dataType21 == "boolean"){
coerced21 = "" + data23;
}
else if(data23 === null){
coerced21 = "";
}
else {
const err26 = {instancePath:instancePath+"/plugin_name",schemaPath:"#/properties/plugin_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.plugin_name.type,parentSchema:schema49.properties.plugin_name,data:data23};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(coerced21 !== undefined){
data23 = coerced21;
if(data !== undefined){
data["plugin_name"] = coerced21;
}
}
}
}
if(data.plugin_version !== undefined){
let data24 = data.plugin_version;
if(typeof data24 !== "string"){
let dataType22 = typeof data24;
let coerced22 = undefined;
if(dataType22 == 'object' && Array.isArray(data24) && data24.length == 1){
data24 = data24[0];
dataType22 = typeof data24;
if(typeof data24 === "string"){
coerced22 = data24;
}
}
if(!(coerced22 !== undefined)){
if(dataType22 == "number" || dataType22 == "boolean"){
coerced22 = "" + data24;
}
else if(data24 === null){
coerced22 = "";
}
else {
const err27 = {instancePath:instancePath+"/plugin_version",schemaPath:"#/properties/plugin_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.plugin_version.type,parentSchema:schema49.properties.plugin_version,data:data24};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(coerced22 !== undefined){
data24 = coerced22;
if(data !== undefined){
data["plugin_version"] = coerced22;
}
}
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"type":true,"description":true,"config":true,"options":true,"local":true,"seal_wrap":true,"external_entropy_access":true,"plugin_name":true,"plugin_version":true},"dynamicProps":false,"dynamicItems":false};

export const validateTuneRequest = validate35;
const schema51 = {"type":"object","properties":{"description":{"type":"string"},"default_lease_ttl":{"type":"string"},"max_lease_ttl":{"type":"string"},"plugin_version":{"type":"string","description":"A registered version (or the current builtin version). `\"\"` is refused.","example":"v1.0.1"},"override_pinned_version":{"type":"boolean"},"options":{"type":"object","additionalProperties":{"type":"string"}},"audit_non_hmac_request_keys":{"type":"array","items":{"type":"string"}},"audit_non_hmac_response_keys":{"type":"array","items":{"type":"string"}},"listing_visibility":{"type":"string"},"passthrough_request_headers":{"type":"array","items":{"type":"string"}},"allowed_response_headers":{"type":"array","items":{"type":"string"}},"token_type":{"type":"string"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.description.type,parentSchema:schema51.properties.description,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["description"] = coerced0;
}
}
}
}
if(data.default_lease_ttl !== undefined){
let data1 = data.default_lease_ttl;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err1 = {instancePath:instancePath+"/default_lease_ttl",schemaPath:"#/properties/default_lease_ttl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.default_lease_ttl.type,parentSchema:schema51.properties.default_lease_ttl,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["default_lease_ttl"] = coerced1;
}
}
}
}
if(data.max_lease_ttl !== undefined){
let data2 = data.max_lease_ttl;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err2 = {instancePath:instancePath+"/max_lease_ttl",schemaPath:"#/properties/max_lease_ttl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.max_lease_ttl.type,parentSchema:schema51.properties.max_lease_ttl,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["max_lease_ttl"] = coerced2;
}
}
}
}
if(data.plugin_version !== undefined){
let data3 = data.plugin_version;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err3 = {instancePath:instancePath+"/plugin_version",schemaPath:"#/properties/plugin_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.plugin_version.type,parentSchema:schema51.properties.plugin_version,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["plugin_version"] = coerced3;
}
}
}
}
if(data.override_pinned_version !== undefined){
let data4 = data.override_pinned_version;
if(typeof data4 !== "boolean"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "boolean"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(data4 === "false" || data4 === 0 || data4 === null){
coerced4 = false;
}
else if(data4 === "true" || data4 === 1){
coerced4 = true;
}
else {
const err4 = {instancePath:instancePath+"/override_pinned_version",schemaPath:"#/properties/override_pinned_version/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.override_pinned_version.type,parentSchema:schema51.properties.override_pinned_version,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["override_pinned_version"] = coerced4;
}
}
}
}
if(data.options !== undefined){
let data5 = data.options;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
let data6 = data5[key0];
if(typeof data6 !== "string"){
let dataType5 = typeof data6;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType5 = typeof data6;
if(typeof data6 === "string"){
coerced5 = data6;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data6;
}
else if(data6 === null){
coerced5 = "";
}
else {
const err5 = {instancePath:instancePath+"/options/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.options.additionalProperties.type,parentSchema:schema51.properties.options.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced5 !== undefined){
data6 = coerced5;
if(data5 !== undefined){
data5[key0] = coerced5;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.options.type,parentSchema:schema51.properties.options,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.audit_non_hmac_request_keys !== undefined){
let data7 = data.audit_non_hmac_request_keys;
if(!(Array.isArray(data7))){
let dataType6 = typeof data7;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType6 = typeof data7;
if(Array.isArray(data7)){
coerced6 = data7;
}
}
if(!(coerced6 !== undefined)){
if(dataType6 === "string" || dataType6 === "number"
              || dataType6 === "boolean" || data7 === null){
coerced6 = [data7];
}
else {
const err7 = {instancePath:instancePath+"/audit_non_hmac_request_keys",schemaPath:"#/properties/audit_non_hmac_request_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.audit_non_hmac_request_keys.type,parentSchema:schema51.properties.audit_non_hmac_request_keys,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced6 !== undefined){
data7 = coerced6;
if(data !== undefined){
data["audit_non_hmac_request_keys"] = coerced6;
}
}
}
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
let dataType7 = typeof data8;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data8) && data8.length == 1){
data8 = data8[0];
dataType7 = typeof data8;
if(typeof data8 === "string"){
coerced7 = data8;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data8;
}
else if(data8 === null){
coerced7 = "";
}
else {
const err8 = {instancePath:instancePath+"/audit_non_hmac_request_keys/" + i0,schemaPath:"#/properties/audit_non_hmac_request_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.audit_non_hmac_request_keys.items.type,parentSchema:schema51.properties.audit_non_hmac_request_keys.items,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced7 !== undefined){
data8 = coerced7;
if(data7 !== undefined){
data7[i0] = coerced7;
}
}
}
}
}
}
if(data.audit_non_hmac_response_keys !== undefined){
let data9 = data.audit_non_hmac_response_keys;
if(!(Array.isArray(data9))){
let dataType8 = typeof data9;
let coerced8 = undefined;
if(dataType8 == 'object' && Array.isArray(data9) && data9.length == 1){
data9 = data9[0];
dataType8 = typeof data9;
if(Array.isArray(data9)){
coerced8 = data9;
}
}
if(!(coerced8 !== undefined)){
if(dataType8 === "string" || dataType8 === "number"
              || dataType8 === "boolean" || data9 === null){
coerced8 = [data9];
}
else {
const err9 = {instancePath:instancePath+"/audit_non_hmac_response_keys",schemaPath:"#/properties/audit_non_hmac_response_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.audit_non_hmac_response_keys.type,parentSchema:schema51.properties.audit_non_hmac_response_keys,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced8 !== undefined){
data9 = coerced8;
if(data !== undefined){
data["audit_non_hmac_response_keys"] = coerced8;
}
}
}
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 !== "string"){
let dataType9 = typeof data10;
let coerced9 = undefined;
if(dataType9 == 'object' && Array.isArray(data10) && data10.length == 1){
data10 = data10[0];
dataType9 = typeof data10;
if(typeof data10 === "string"){
coerced9 = data10;
}
}
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data10;
}
else if(data10 === null){
coerced9 = "";
}
else {
const err10 = {instancePath:instancePath+"/audit_non_hmac_response_keys/" + i1,schemaPath:"#/properties/audit_non_hmac_response_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.audit_non_hmac_response_keys.items.type,parentSchema:schema51.properties.audit_non_hmac_response_keys.items,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced9 !== undefined){
data10 = coerced9;
if(data9 !== undefined){
data9[i1] = coerced9;
}
}
}
}
}
}
if(data.listing_visibility !== undefined){
let data11 = data.listing_visibility;
if(typeof data11 !== "string"){
let dataType10 = typeof data11;
let coerced10 = undefined;
if(dataType10 == 'object' && Array.isArray(data11) && data11.length == 1){
data11 = data11[0];
dataType10 = typeof data11;
if(typeof data11 === "string"){
coerced10 = data11;
}
}
if(!(coerced10 !== undefined)){
if(dataType10 == "number" || dataType10 == "boolean"){
coerced10 = "" + data11;
}
else if(data11 === null){
coerced10 = "";
}
else {
const err11 = {instancePath:instancePath+"/listing_visibility",schemaPath:"#/properties/listing_visibility/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.listing_visibility.type,parentSchema:schema51.properties.listing_visibility,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced10 !== undefined){
data11 = coerced10;
if(data !== undefined){
data["listing_visibility"] = coerced10;
}
}
}
}
if(data.passthrough_request_headers !== undefined){
let data12 = data.passthrough_request_headers;
if(!(Array.isArray(data12))){
let dataType11 = typeof data12;
let coerced11 = undefined;
if(dataType11 == 'object' && Array.isArray(data12) && data12.length == 1){
data12 = data12[0];
dataType11 = typeof data12;
if(Array.isArray(data12)){
coerced11 = data12;
}
}
if(!(coerced11 !== undefined)){
if(dataType11 === "string" || dataType11 === "number"
              || dataType11 === "boolean" || data12 === null){
coerced11 = [data12];
}
else {
const err12 = {instancePath:instancePath+"/passthrough_request_headers",schemaPath:"#/properties/passthrough_request_headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.passthrough_request_headers.type,parentSchema:schema51.properties.passthrough_request_headers,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced11 !== undefined){
data12 = coerced11;
if(data !== undefined){
data["passthrough_request_headers"] = coerced11;
}
}
}
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(typeof data13 !== "string"){
let dataType12 = typeof data13;
let coerced12 = undefined;
if(dataType12 == 'object' && Array.isArray(data13) && data13.length == 1){
data13 = data13[0];
dataType12 = typeof data13;
if(typeof data13 === "string"){
coerced12 = data13;
}
}
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data13;
}
else if(data13 === null){
coerced12 = "";
}
else {
const err13 = {instancePath:instancePath+"/passthrough_request_headers/" + i2,schemaPath:"#/properties/passthrough_request_headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.passthrough_request_headers.items.type,parentSchema:schema51.properties.passthrough_request_headers.items,data:data13};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced12 !== undefined){
data13 = coerced12;
if(data12 !== undefined){
data12[i2] = coerced12;
}
}
}
}
}
}
if(data.allowed_response_headers !== undefined){
let data14 = data.allowed_response_headers;
if(!(Array.isArray(data14))){
let dataType13 = typeof data14;
let coerced13 = undefined;
if(dataType13 == 'object' && Array.isArray(data14) && data14.length == 1){
data14 = data14[0];
dataType13 = typeof data14;
if(Array.isArray(data14)){
coerced13 = data14;
}
}
if(!(coerced13 !== undefined)){
if(dataType13 === "string" || dataType13 === "number"
              || dataType13 === "boolean" || data14 === null){
coerced13 = [data14];
}
else {
const err14 = {instancePath:instancePath+"/allowed_response_headers",schemaPath:"#/properties/allowed_response_headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.allowed_response_headers.type,parentSchema:schema51.properties.allowed_response_headers,data:data14};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced13 !== undefined){
data14 = coerced13;
if(data !== undefined){
data["allowed_response_headers"] = coerced13;
}
}
}
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
if(typeof data15 !== "string"){
let dataType14 = typeof data15;
let coerced14 = undefined;
if(dataType14 == 'object' && Array.isArray(data15) && data15.length == 1){
data15 = data15[0];
dataType14 = typeof data15;
if(typeof data15 === "string"){
coerced14 = data15;
}
}
if(!(coerced14 !== undefined)){
if(dataType14 == "number" || dataType14 == "boolean"){
coerced14 = "" + data15;
}
else if(data15 === null){
coerced14 = "";
}
else {
const err15 = {instancePath:instancePath+"/allowed_response_headers/" + i3,schemaPath:"#/properties/allowed_response_headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.allowed_response_headers.items.type,parentSchema:schema51.properties.allowed_response_headers.items,data:data15};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced14 !== undefined){
data15 = coerced14;
if(data14 !== undefined){
data14[i3] = coerced14;
}
}
}
}
}
}
if(data.token_type !== undefined){
let data16 = data.token_type;
if(typeof data16 !== "string"){
let dataType15 = typeof data16;
let coerced15 = undefined;
if(dataType15 == 'object' && Array.isArray(data16) && data16.length == 1){
data16 = data16[0];
dataType15 = typeof data16;
if(typeof data16 === "string"){
coerced15 = data16;
}
}
if(!(coerced15 !== undefined)){
if(dataType15 == "number" || dataType15 == "boolean"){
coerced15 = "" + data16;
}
else if(data16 === null){
coerced15 = "";
}
else {
const err16 = {instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.token_type.type,parentSchema:schema51.properties.token_type,data:data16};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced15 !== undefined){
data16 = coerced15;
if(data !== undefined){
data["token_type"] = coerced15;
}
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"description":true,"default_lease_ttl":true,"max_lease_ttl":true,"plugin_version":true,"override_pinned_version":true,"options":true,"audit_non_hmac_request_keys":true,"audit_non_hmac_response_keys":true,"listing_visibility":true,"passthrough_request_headers":true,"allowed_response_headers":true,"token_type":true},"dynamicProps":false,"dynamicItems":false};

export const validateDatabaseConnectionRequest = validate36;
const schema52 = {"type":"object","description":"The named fields below; every other key is a connection detail handed to the plugin (and the answer\nwarns `Endpoint ignored these unrecognized parameters: [...]`, as Vault's framework does).\n","additionalProperties":true,"properties":{"plugin_name":{"type":"string","description":"Required on create (400 `empty plugin name`)."},"plugin_version":{"type":"string","description":"A version go-version reads leniently; canonicalised (`1.0.1` → `v1.0.1`)."},"verify_connection":{"type":"boolean","description":"Whether the plugin connects to the database to verify the details. Default true."},"allowed_roles":{"type":"array","description":"Role names; a comma-separated string is accepted too.","items":{"type":"string"}},"root_rotation_statements":{"type":"array","items":{"type":"string"}},"password_policy":{"type":"string"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugin_name !== undefined){
let data0 = data.plugin_name;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err0 = {instancePath:instancePath+"/plugin_name",schemaPath:"#/properties/plugin_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.plugin_name.type,parentSchema:schema52.properties.plugin_name,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["plugin_name"] = coerced0;
}
}
}
}
if(data.plugin_version !== undefined){
let data1 = data.plugin_version;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err1 = {instancePath:instancePath+"/plugin_version",schemaPath:"#/properties/plugin_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.plugin_version.type,parentSchema:schema52.properties.plugin_version,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["plugin_version"] = coerced1;
}
}
}
}
if(data.verify_connection !== undefined){
let data2 = data.verify_connection;
if(typeof data2 !== "boolean"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "boolean"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(data2 === "false" || data2 === 0 || data2 === null){
coerced2 = false;
}
else if(data2 === "true" || data2 === 1){
coerced2 = true;
}
else {
const err2 = {instancePath:instancePath+"/verify_connection",schemaPath:"#/properties/verify_connection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.verify_connection.type,parentSchema:schema52.properties.verify_connection,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["verify_connection"] = coerced2;
}
}
}
}
if(data.allowed_roles !== undefined){
let data3 = data.allowed_roles;
if(!(Array.isArray(data3))){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(Array.isArray(data3)){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 === "string" || dataType3 === "number"
              || dataType3 === "boolean" || data3 === null){
coerced3 = [data3];
}
else {
const err3 = {instancePath:instancePath+"/allowed_roles",schemaPath:"#/properties/allowed_roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.allowed_roles.type,parentSchema:schema52.properties.allowed_roles,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["allowed_roles"] = coerced3;
}
}
}
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err4 = {instancePath:instancePath+"/allowed_roles/" + i0,schemaPath:"#/properties/allowed_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.allowed_roles.items.type,parentSchema:schema52.properties.allowed_roles.items,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data3 !== undefined){
data3[i0] = coerced4;
}
}
}
}
}
}
if(data.root_rotation_statements !== undefined){
let data5 = data.root_rotation_statements;
if(!(Array.isArray(data5))){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if(Array.isArray(data5)){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 === "string" || dataType5 === "number"
              || dataType5 === "boolean" || data5 === null){
coerced5 = [data5];
}
else {
const err5 = {instancePath:instancePath+"/root_rotation_statements",schemaPath:"#/properties/root_rotation_statements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.root_rotation_statements.type,parentSchema:schema52.properties.root_rotation_statements,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["root_rotation_statements"] = coerced5;
}
}
}
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 !== "string"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType6 = typeof data6;
if(typeof data6 === "string"){
coerced6 = data6;
}
}
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else {
const err6 = {instancePath:instancePath+"/root_rotation_statements/" + i1,schemaPath:"#/properties/root_rotation_statements/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.root_rotation_statements.items.type,parentSchema:schema52.properties.root_rotation_statements.items,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data5 !== undefined){
data5[i1] = coerced6;
}
}
}
}
}
}
if(data.password_policy !== undefined){
let data7 = data.password_policy;
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType7 = typeof data7;
if(typeof data7 === "string"){
coerced7 = data7;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
const err7 = {instancePath:instancePath+"/password_policy",schemaPath:"#/properties/password_policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.password_policy.type,parentSchema:schema52.properties.password_policy,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["password_policy"] = coerced7;
}
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** The request-body validator of each operationId that takes a body. */
export const requestBodyValidators = {
  "query-token-self-capabilities": validateCapabilitiesRequest,
  "query-token-capabilities": validateCapabilitiesTokenRequest,
  "query-token-accessor-capabilities": validateCapabilitiesAccessorRequest,
  "token-create": validateTokenCreateRequest,
  "token-create-orphan": validateTokenCreateRequest,
  "token-look-up": validateTokenRequest,
  "token-look-up-accessor": validateAccessorRequest,
  "token-renew": validateRenewRequest,
  "token-renew-self": validateRenewRequest,
  "token-revoke": validateTokenRequest,
  "token-revoke-accessor": validateAccessorRequest,
  "token-revoke-orphan": validateTokenRequest,
  "policies-write-acl-policy": validatePolicyWriteRequest,
  "policy-write": validateLegacyPolicyWriteRequest,
  "plugins-catalog-register-plugin-with-type-put": validateRegisterRequest,
  "plugins-catalog-register-plugin-with-type": validateRegisterRequest,
  "plugins-catalog-pins-create-pinned-version": validatePinRequest,
  "plugins-reload-backends": validateReloadBackendRequest,
  "reload-plugins": validateReloadPluginRequest,
  "mounts-enable-secrets-engine": validateEnableRequest,
  "mounts-tune-configuration-parameters": validateTuneRequest,
  "auth-enable-method": validateEnableRequest,
  "auth-tune-configuration-parameters": validateTuneRequest,
  "database-configure-connection": validateDatabaseConnectionRequest,
};
